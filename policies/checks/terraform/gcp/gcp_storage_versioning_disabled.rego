# METADATA
# title: Cloud Storage bucket keeps no object versions
# description: >-
#   A google_storage_bucket has no versioning block with enabled = true. An
#   overwritten or deleted object can then only come back through soft delete,
#   which keeps deleted objects for 7 days by default (and not at all when
#   soft_delete_policy sets retention_duration_seconds = 0), and never keeps
#   overwritten versions. Low severity because of that default soft delete.
# related_resources:
#   - ref: https://cloud.google.com/storage/docs/object-versioning
#   - ref: https://cloud.google.com/storage/docs/soft-delete
# custom:
#   id: EVD-TF-152
#   severity: low
#   remediation: >-
#     Add versioning { enabled = true } with a lifecycle_rule that deletes
#     noncurrent versions after the retention period you need.
#   selector:
#     input: terraform
#     resources: [google_storage_bucket]
#   controls:
#     hipaa: ["164.308(a)(7)(ii)(A)", "164.312(c)(1)"]
#     gdpr: ["Art.32(1)(c)"]
#   rationale:
#     hipaa: Earlier versions of stored ePHI are retrievable copies for the data backup plan and protect it from improper alteration or destruction.
#     gdpr: Being able to restore personal data after an incident is a measure Art. 32(1)(c) names.
package evident.checks.terraform.gcp_storage_versioning_disabled

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some bucket in terraform.resources("google_storage_bucket")
	not terraform.has_block(bucket.config, "versioning")
	f := finding.of(bucket, finding.format("%s has no versioning: overwritten and deleted objects cannot be restored", [bucket.id]))
}

deny contains f if {
	some bucket in terraform.resources("google_storage_bucket")
	some i, versioning in terraform.blocks(bucket.config, "versioning")
	values.is_false_or_absent(versioning, "enabled")
	f := finding.at(bucket, ["config", "versioning", i], finding.format("%s has versioning disabled: overwritten and deleted objects cannot be restored", [bucket.id]))
}
