# METADATA
# title: Google Cloud project managed here has no Data Access audit logs
# description: >-
#   The module creates a google_project but no audit config in the module
#   turns on the Data Access audit logs that record access to data, DATA_READ
#   and DATA_WRITE, for all services of that project: neither a
#   google_project_iam_audit_config with service = "allServices" for the
#   project nor a folder- or organization-level google_*_iam_audit_config for
#   allServices enables both log types (together: Cloud Audit Logs applies the
#   union of the configs of the project, its folders and its organization).
#   Data Access logs are off by default for every service except BigQuery, so
#   reads and changes of personal data in Cloud Storage, Cloud SQL, Firestore
#   and others are recorded nowhere; ADMIN_READ alone records reads of
#   metadata and configuration, not of data. A project-level config counts
#   unless it names another project (a literal project id other than the
#   project's, or a reference to another google_project of the module); one
#   whose project cannot be resolved (a variable, the provider's default)
#   counts, and so does a folder- or organization-level config of the module
#   (the project may be in it). A config whose service or log_type cannot be
#   resolved, or whose audit_log_config blocks are dynamic, gets the benefit
#   of the doubt. Members exempted from a log type (exempted_members) are not
#   reported: the others' access is still recorded. Module-level and low
#   severity: the logs may be configured for the folder or organization
#   outside this module.
# related_resources:
#   - ref: https://cloud.google.com/logging/docs/audit/configure-data-access
# custom:
#   id: EVD-TF-168
#   severity: low
#   remediation: >-
#     Add google_project_iam_audit_config { service = "allServices" } for the
#     project (project = google_project.<name>.project_id) with
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
import data.evident.lib.gcp
import data.evident.lib.terraform

deny contains f if {
	some project in terraform.resources("google_project")
	enabled := gcp.audit_log_types_for({"allServices"}, gcp.project_key(project))
	missing := gcp.data_access_log_types - enabled
	count(missing) > 0
	f := finding.of(project, message(project, missing, enabled))
}

# message(project, missing, enabled): no config applies to the project (none
# for allServices in the module, or only ones for other projects), or those
# that apply leave out some of the data log types.
message(project, _, enabled) := finding.format("%s has no Data Access audit logs: no google_project_iam_audit_config for allServices in this module", [project.id]) if {
	count(enabled) == 0
	count(gcp.audit_configs_for({"allServices"})) == 0
}

message(project, _, enabled) := finding.format("%s has no Data Access audit logs: the allServices audit configs in this module are for other projects", [project.id]) if {
	count(enabled) == 0
	count(gcp.audit_configs_for({"allServices"})) > 0
	not gcp.audit_configured({"allServices"}, gcp.project_key(project))
}

message(project, missing, enabled) := finding.format("%s has no %s audit logs: the allServices audit configs in this module that apply to it %s", [project.id, concat(" or ", sort(missing)), enables_text(enabled)]) if {
	gcp.audit_configured({"allServices"}, gcp.project_key(project))
}

enables_text(enabled) := "enable no log type" if count(enabled) == 0

else := concat("", ["enable only ", concat(", ", sort(enabled))])
