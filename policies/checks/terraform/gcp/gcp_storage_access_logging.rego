# METADATA
# title: Cloud Storage bucket has no usage logs
# description: >-
#   A google_storage_bucket has no logging block (log_bucket), and the module
#   configures no Data Access audit logs for the project (a
#   google_project_iam_audit_config for allServices or storage.googleapis.com).
#   Reads of objects are then recorded nowhere: who downloaded which record
#   cannot be answered after the fact. Low severity: Data Access audit logs may
#   be configured at the folder or organization level, outside this module.
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
#     resources: [google_storage_bucket, google_project_iam_audit_config]
#   controls:
#     hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#     gdpr: ["Art.5(2)", "Art.32(1)(d)"]
#   rationale:
#     hipaa: Audit controls must record access to systems that store ePHI, and information system activity review depends on those records.
#     gdpr: Records of access to personal data are how the controller demonstrates and verifies the security of processing.
package evident.checks.terraform.gcp_storage_access_logging

import data.evident.lib.finding
import data.evident.lib.terraform

deny contains f if {
	some bucket in terraform.resources("google_storage_bucket")
	not terraform.has_block(bucket.config, "logging")
	not storage_audit_logs
	f := finding.of(bucket, finding.format("%s has no usage logging and the module enables no Data Access audit logs for Cloud Storage", [bucket.id]))
}

storage_audit_logs if {
	some config in terraform.resources("google_project_iam_audit_config")
	config.config.service in {"allServices", "storage.googleapis.com"}
}
