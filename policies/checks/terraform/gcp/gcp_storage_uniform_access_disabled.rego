# METADATA
# title: Cloud Storage bucket uses per-object ACLs
# description: >-
#   A google_storage_bucket does not set uniform_bucket_level_access = true
#   (the default is false). Access is then decided by IAM and by per-object
#   ACLs together: any object can be made public or shared on its own, by any
#   writer, without showing up in the bucket's IAM policy — so the bucket's
#   policy no longer tells who can read the data.
# related_resources:
#   - ref: https://cloud.google.com/storage/docs/uniform-bucket-level-access
# custom:
#   id: EVD-TF-150
#   severity: medium
#   remediation: >-
#     Set uniform_bucket_level_access = true (and public_access_prevention =
#     "enforced"), after moving any object-level grants into bucket IAM bindings.
#   selector:
#     input: terraform
#     resources: [google_storage_bucket]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(C)"]
#     gdpr: ["Art.25(2)", "Art.32(1)(b)"]
#   rationale:
#     hipaa: One authoritative access policy per bucket is what makes access to stored ePHI controllable and reviewable.
#     gdpr: Object-level ACLs let individual personal-data objects be shared beyond the intended audience, against protection by default.
package evident.checks.terraform.gcp_storage_uniform_access_disabled

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some bucket in terraform.resources("google_storage_bucket")
	values.is_false_or_absent(bucket.config, "uniform_bucket_level_access")
	f := located(bucket)
}

located(bucket) := finding.at(bucket, ["config", "uniform_bucket_level_access"], finding.format("%s sets uniform_bucket_level_access = false: objects can carry their own ACLs", [bucket.id])) if {
	bucket.config.uniform_bucket_level_access == false
} else := finding.of(bucket, finding.format("%s does not set uniform_bucket_level_access = true: objects can carry their own ACLs", [bucket.id]))
