# METADATA
# title: Google Cloud project managed here has no Data Access audit logs
# description: >-
#   The module creates a google_project but configures no Data Access audit
#   logs for all services: no google_project_iam_audit_config with service =
#   "allServices" in the module (nor a folder- or organization-level
#   google_*_iam_audit_config for allServices). Data Access logs are off by
#   default for every service except BigQuery, so reads of personal data in
#   Cloud Storage, Cloud SQL admin, Firestore and others are recorded nowhere.
#   Module-level and low severity: the logs may be configured for the folder or
#   organization outside this module.
# related_resources:
#   - ref: https://cloud.google.com/logging/docs/audit/configure-data-access
# custom:
#   id: EVD-TF-168
#   severity: low
#   remediation: >-
#     Add google_project_iam_audit_config { service = "allServices" } with
#     audit_log_config blocks for DATA_READ and DATA_WRITE (and ADMIN_READ), or
#     configure it at the folder/organization and note it.
#   selector:
#     input: terraform
#     resources: [google_project, google_project_iam_audit_config, google_folder_iam_audit_config, google_organization_iam_audit_config]
#   controls:
#     hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#     gdpr: ["Art.5(2)", "Art.32(1)(d)"]
#   rationale:
#     hipaa: Audit controls must record access to the systems that hold ePHI; Data Access logs are the record of reads and writes.
#     gdpr: Records of access to personal data are how the controller demonstrates and verifies the security of processing.
package evident.checks.terraform.gcp_project_audit_logs_missing

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

audit_config_types := ["google_project_iam_audit_config", "google_folder_iam_audit_config", "google_organization_iam_audit_config"]

deny contains f if {
	some project in terraform.resources("google_project")
	not all_services_audited
	f := finding.of(project, finding.format("%s has no Data Access audit logs: no google_project_iam_audit_config for allServices in this module", [project.id]))
}

all_services_audited if {
	some type in audit_config_types
	some config in terraform.resources(type)
	audits_all_services(config.config.service)
}

audits_all_services("allServices")

# A computed service (for_each over a list of services) gets the benefit of the doubt.
audits_all_services(service) if values.is_unknown(service)
