# METADATA
# title: Cloud Storage bucket has no usage logs
# description: >-
#   A google_storage_bucket has no logging block (log_bucket), and no audit
#   config in the module turns on, for the bucket's project, both Data Access
#   audit log types that record access to objects: DATA_READ (reads) and
#   DATA_WRITE (writes). The audit configs read are the
#   google_project_iam_audit_config, google_folder_iam_audit_config and
#   google_organization_iam_audit_config resources for allServices or
#   storage.googleapis.com, taken together (Cloud Audit Logs applies their
#   union); ADMIN_READ alone records reads of bucket metadata and
#   configuration, not of objects. Reads of objects are then recorded nowhere:
#   who downloaded which record cannot be answered after the fact. A project
#   config counts unless it names a project other than the bucket's (two
#   different literal project ids, or references to two different
#   google_project resources of the module; the provider configuration's
#   literal project stands in for an absent project argument); one whose
#   project cannot be told counts, and so does a folder- or
#   organization-level config of the module. A config whose service or
#   log_type cannot be resolved, or whose audit_log_config blocks are dynamic,
#   gets the benefit of the doubt. Members exempted from a log type
#   (exempted_members) are not reported: the others' access is still
#   recorded. Low severity: Data Access audit logs may be configured at the
#   folder or organization level, outside this module.
# related_resources:
#   - ref: https://cloud.google.com/storage/docs/access-logs
#   - ref: https://cloud.google.com/logging/docs/audit/configure-data-access
# custom:
#   id: EVD-TF-153
#   severity: low
#   remediation: >-
#     Enable Data Access audit logs (DATA_READ, DATA_WRITE) for
#     storage.googleapis.com with google_project_iam_audit_config, or add a
#     logging { log_bucket = ... } block to the bucket.
#   selector:
#     input: terraform
#     resources: [google_storage_bucket, google_project_iam_audit_config, google_folder_iam_audit_config, google_organization_iam_audit_config]
#   controls:
#     hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#     gdpr: ["Art.5(2)", "Art.32(1)(d)"]
#   rationale:
#     hipaa: Audit controls must record access to systems that store ePHI, and information system activity review depends on those records.
#     gdpr: Records of access to personal data are how the controller demonstrates and verifies the security of processing.
package evident.checks.terraform.gcp_storage_access_logging

import data.evident.lib.finding
import data.evident.lib.gcp
import data.evident.lib.terraform

storage_services := {"allServices", "storage.googleapis.com"}

deny contains f if {
	some bucket in terraform.resources("google_storage_bucket")
	not terraform.has_block(bucket.config, "logging")
	key := gcp.project_key(bucket)
	enabled := gcp.audit_log_types_for(storage_services, key)
	missing := gcp.data_access_log_types - enabled
	count(missing) > 0
	f := finding.of(bucket, message(bucket, key, missing, enabled))
}

# message(bucket, key, missing, enabled): no audit config for Cloud Storage in
# the module, only ones for other projects, or ones that leave out a data log type.
message(bucket, _, _, enabled) := finding.format("%s has no usage logging and the module enables no Data Access audit logs for Cloud Storage", [bucket.id]) if {
	count(enabled) == 0
	count(gcp.audit_configs_for(storage_services)) == 0
}

message(bucket, key, _, enabled) := finding.format("%s has no usage logging and the module's Data Access audit logs for Cloud Storage are for other projects", [bucket.id]) if {
	count(enabled) == 0
	count(gcp.audit_configs_for(storage_services)) > 0
	not gcp.audit_configured(storage_services, key)
}

message(bucket, key, missing, _) := finding.format("%s has no usage logging and the module enables no %s audit logs for Cloud Storage in its project", [bucket.id, concat(" or ", sort(missing))]) if {
	gcp.audit_configured(storage_services, key)
}
