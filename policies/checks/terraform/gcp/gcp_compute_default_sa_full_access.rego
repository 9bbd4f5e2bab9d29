# METADATA
# title: Compute Engine instance runs as the default service account with full API access
# description: >-
#   A google_compute_instance (or instance template) has a service_account
#   block that uses the Compute Engine default service account (no email, or
#   an email ending in -compute@developer.gserviceaccount.com) with the
#   cloud-platform scope. The default account usually holds the project-wide
#   Editor role; with the full scope, anything that compromises the VM (an
#   SSRF to the metadata server is enough) can read and change almost every
#   resource and dataset in the project.
# related_resources:
#   - ref: https://cloud.google.com/compute/docs/access/service-accounts#default_service_account
#   - ref: https://cloud.google.com/compute/docs/access/create-enable-service-accounts-for-instances#best_practices
# custom:
#   id: EVD-TF-170
#   severity: high
#   remediation: >-
#     Create a dedicated service account with only the roles the workload needs,
#     set service_account { email = google_service_account.x.email scopes =
#     ["cloud-platform"] }, and control access with IAM roles.
#   selector:
#     input: terraform
#     resources: [google_compute_instance, google_compute_instance_template, google_compute_region_instance_template]
#   controls:
#     hipaa: ["164.308(a)(4)(ii)(B)", "164.312(a)(1)", "164.308(a)(3)(ii)(A)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: A VM identity with project-wide rights gives any compromise of one machine access to all ePHI in the project, defeating access authorization.
#     gdpr: Least-privilege machine identities limit access to personal data by default.
package evident.checks.terraform.gcp_compute_default_sa_full_access

import data.evident.lib.finding
import data.evident.lib.gcp
import data.evident.lib.terraform

full_scopes := {"cloud-platform", "https://www.googleapis.com/auth/cloud-platform"}

deny contains f if {
	some type in ["google_compute_instance", "google_compute_instance_template", "google_compute_region_instance_template"]
	some instance in terraform.resources(type)
	some i, account in terraform.blocks(instance.config, "service_account")
	default_account(account)
	is_array(account.scopes)
	some scope in account.scopes
	scope in full_scopes
	f := finding.at(instance, ["config", "service_account", i], finding.format("%s runs as the Compute Engine default service account with the cloud-platform scope", [instance.id]))
}

default_account(account) if not account.email

default_account(account) if {
	is_string(account.email)
	gcp.compute_default_account(account.email)
}
