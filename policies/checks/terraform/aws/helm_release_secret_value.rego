# METADATA
# title: Helm release passes a literal secret to its chart
# description: >-
#   A helm_release sets a chart value whose name says it is a credential
#   (auth.postgresPassword, secrets.apiKey, …), or whose value looks like one,
#   to a literal string in a set or set_sensitive entry. The credential is then
#   in the repository, in the Terraform state and in the release's stored
#   values, readable by everyone who can read any of them; set_sensitive only
#   hides it from the plan output. Values from variables, data sources or
#   generated passwords, placeholders, and the values of secret-looking
#   variables (reported where they are written, by EVD-TF-057) are not
#   reported; nor are plans, whose values are resolved from the pipeline's
#   inputs.
# related_resources:
#   - ref: https://registry.terraform.io/providers/hashicorp/helm/latest/docs/resources/release#set_sensitive
#   - ref: https://developer.hashicorp.com/terraform/language/state/sensitive-data
# custom:
#   id: EVD-TF-247
#   severity: high
#   remediation: >-
#     Pass the value from a sensitive variable fed by the pipeline, a data
#     source of your secret store (aws_secretsmanager_secret_version,
#     google_secret_manager_secret_version, azurerm_key_vault_secret) or a
#     random_password, or let the chart read an existing Kubernetes Secret
#     (existingSecret). Rotate the exposed credential.
#   selector:
#     input: terraform
#     resources: [helm_release]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.312(d)", "164.308(a)(5)(ii)(D)"]
#     gdpr: ["Art.32(1)(b)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: A credential readable by everyone with access to the code or the state breaks access control and person-or-entity authentication.
#     gdpr: Leaked credentials to systems holding personal data undermine the confidentiality of processing systems.
package evident.checks.terraform.helm_release_secret_value

import data.evident.lib.aws
import data.evident.lib.env
import data.evident.lib.finding
import data.evident.lib.terraform

deny contains f if {
	not input.format == "plan"
	some release in terraform.resources("helm_release")
	some block in ["set", "set_sensitive"]
	some i, entry in terraform.blocks(release.config, block)
	name := entry.name
	is_string(name)
	value := entry.value
	aws.literal_secret(value)
	reason := env.variable_secret(key_of(name), value)
	not value in aws.committed_secret_values
	f := finding.secret_at(
		release,
		array.concat(array.concat(["config"], terraform.block_path(release.config, block, i)), ["value"]),
		finding.format("%s passes %s %s to its chart as a literal value", [release.id, name, reason]),
	)
}

# key_of(name): the last key of a chart value's dotted path (auth.postgresPassword → postgresPassword).
key_of(name) := parts[count(parts) - 1] if parts := split(name, ".")
