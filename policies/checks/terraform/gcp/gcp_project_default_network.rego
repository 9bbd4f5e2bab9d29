# METADATA
# title: Google Cloud project created with the default network
# description: >-
#   A google_project sets auto_create_network = true or leaves it out (the
#   default is true). Google Cloud then creates the project's "default" VPC
#   network, with a subnet in every region and the firewall rules
#   default-allow-ssh and default-allow-rdp, which admit SSH and RDP from every
#   address on the internet (0.0.0.0/0), beside default-allow-internal and
#   default-allow-icmp. Any VM later started in that network with a public
#   address, by a person or a script that does not name a network, is open to
#   brute force from its first minute, in a project meant to hold personal or
#   health data. Not reported: a value the module does not know, and a module
#   that sets the organization policy constraint
#   compute.skipDefaultNetworkCreation (google_org_policy_policy,
#   google_organization_policy, google_folder_organization_policy or
#   google_project_organization_policy), unless it sets it to not enforced.
#   An organization may enforce the constraint outside the module: the finding
#   then names a default the organization already overrides.
# related_resources:
#   - ref: https://cloud.google.com/vpc/docs/vpc#default-network
#   - ref: https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_project#auto_create_network
# custom:
#   id: EVD-TF-253
#   severity: medium
#   remediation: >-
#     Set auto_create_network = false on the google_project and create the
#     networks and firewall rules the project needs, or enforce the
#     organization policy constraints/compute.skipDefaultNetworkCreation for the
#     folder or organization.
#   selector:
#     input: terraform
#     resources: [google_project, google_organization_policy, google_folder_organization_policy, google_project_organization_policy, google_org_policy_policy]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.312(e)(1)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.25(2)", "Art.32(1)(b)"]
#   rationale:
#     hipaa: A network whose firewall admits SSH and RDP from the internet exposes every machine placed in it to unauthorized access.
#     gdpr: Networks closed by default are data protection by default for the systems that will process personal data.
package evident.checks.terraform.gcp_project_default_network

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some project in terraform.resources("google_project")
	project.config.auto_create_network == true
	not skip_constraint_set
	f := finding.at(project, ["config", "auto_create_network"], message(project, "auto_create_network = true"))
}

deny contains f if {
	some project in terraform.resources("google_project")
	values.absent_or_null(project.config, "auto_create_network")
	not skip_constraint_set
	f := finding.of(project, message(project, "auto_create_network is true by default"))
}

message(project, setting) := finding.format("%s creates the project's default network (%s), whose firewall rules admit SSH and RDP from the internet", [project.id, setting])

skip_constraint := "compute.skipDefaultNetworkCreation"

# skip_constraint_set: the module sets the organization policy that skips the
# default network, and does not set it to not enforced.
skip_constraint_set if {
	some policy in terraform.resources_of({"google_organization_policy", "google_folder_organization_policy", "google_project_organization_policy"})
	names_skip_constraint(policy.config.constraint)
	not policy_off(policy.config)
}

skip_constraint_set if {
	some policy in terraform.resources("google_org_policy_policy")
	names_skip_constraint(policy.config.name)
	not v2_policy_off(policy.config)
}

names_skip_constraint(v) if contains(v, skip_constraint)

names_skip_constraint(v) if contains(values.unknown_text(v), skip_constraint)

# policy_off(cfg): a v1 policy whose boolean_policy sets enforced = false.
policy_off(cfg) if {
	some block in terraform.blocks(cfg, "boolean_policy")
	block.enforced == false
}

# v2_policy_off(cfg): an org policy (v2) whose rules all set enforce = "FALSE".
v2_policy_off(cfg) if {
	rules := [rule | some spec in terraform.blocks(cfg, "spec"); some rule in terraform.blocks(spec, "rules")]
	count(rules) > 0
	every rule in rules {
		rule.enforce in {"FALSE", "false", false}
	}
}
