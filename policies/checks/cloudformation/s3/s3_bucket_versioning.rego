# METADATA
# title: S3 bucket versioning is not enabled
# description: >-
#   An AWS::S3::Bucket has no VersioningConfiguration, or suspends it. Without
#   versions, an overwritten or deleted object (by mistake, a faulty deploy or
#   ransomware) cannot be restored from the bucket itself.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html
# custom:
#   id: EVD-CFN-003
#   severity: medium
#   remediation: >-
#     Add VersioningConfiguration with Status Enabled, and a lifecycle rule that
#     expires noncurrent versions after the retention period.
#   selector:
#     input: cloudformation
#     resources: [AWS::S3::Bucket]
#   controls:
#     hipaa: ["164.308(a)(7)(ii)(A)", "164.312(c)(1)"]
#     gdpr: ["Art.32(1)(b)", "Art.32(1)(c)"]
#   rationale:
#     hipaa: Object versions are retrievable exact copies of ePHI and protect it from improper alteration or destruction.
#     gdpr: Being able to restore personal data after an incident is part of the availability and resilience Art. 32 asks for.
package evident.checks.cloudformation.s3_bucket_versioning

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

deny contains f if {
	some bucket in cfn.resources("AWS::S3::Bucket")
	not values.has_key(bucket.properties, "VersioningConfiguration")
	f := finding.of(bucket, finding.format("%s has no VersioningConfiguration (overwritten or deleted objects cannot be restored)", [bucket.id]))
}

deny contains f if {
	some bucket in cfn.resources("AWS::S3::Bucket")
	bucket.properties.VersioningConfiguration.Status == "Suspended"
	f := finding.at(bucket, ["properties", "VersioningConfiguration", "Status"], finding.format("%s suspends versioning", [bucket.id]))
}
