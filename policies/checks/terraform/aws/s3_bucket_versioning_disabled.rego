# METADATA
# title: S3 bucket versioning is not enabled
# description: >-
#   An aws_s3_bucket has neither an aws_s3_bucket_versioning with
#   versioning_configuration status = "Enabled" (provider v4+) nor a legacy
#   versioning { enabled = true } block, or one of them turns versioning off or
#   suspends it. Without versioning an overwrite or delete, by mistake or by
#   ransomware, destroys the only copy of the object.
#   A bucket passed to a local module that declares an aws_s3_bucket_versioning is not
#   reported: that module may configure it for this bucket.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html
# custom:
#   id: EVD-TF-051
#   severity: medium
#   remediation: >-
#     Add aws_s3_bucket_versioning { bucket = aws_s3_bucket.x.id,
#     versioning_configuration { status = "Enabled" } } and a lifecycle rule
#     that expires noncurrent versions after the retention period.
#   selector:
#     input: terraform
#     resources: [aws_s3_bucket, aws_s3_bucket_versioning]
#   controls:
#     hipaa: ["164.312(c)(1)", "164.308(a)(7)(ii)(A)"]
#     gdpr: ["Art.32(1)(b)", "Art.32(1)(c)"]
#   rationale:
#     hipaa: Versioning protects ePHI from improper alteration or destruction and keeps recoverable copies.
#     gdpr: Recoverable object versions support integrity and the ability to restore personal data.
package evident.checks.terraform.s3_bucket_versioning_disabled

import data.evident.lib.finding
import data.evident.lib.terraform

versioning_type := "aws_s3_bucket_versioning"

deny contains f if {
	some bucket in terraform.resources("aws_s3_bucket")
	not terraform.has_block(bucket.config, "versioning")
	count(terraform.attached(versioning_type, "bucket", bucket)) == 0
	not terraform.unattributed(versioning_type, "bucket", "aws_s3_bucket")
	not terraform.passed_to_module_declaring(bucket, versioning_type)
	f := finding.of(bucket, finding.format("S3 bucket %s has no versioning configuration", [bucket.id]))
}

deny contains f if {
	some bucket in terraform.resources("aws_s3_bucket")
	some i, v in terraform.blocks(bucket.config, "versioning")
	v.enabled == false
	count(terraform.attached(versioning_type, "bucket", bucket)) == 0
	f := finding.at(bucket, ["config", "versioning", i, "enabled"], finding.format("S3 bucket %s sets versioning enabled = false", [bucket.id]))
}

deny contains f if {
	some v in terraform.resources(versioning_type)
	some i, conf in terraform.blocks(v.config, "versioning_configuration")
	conf.status in {"Suspended", "Disabled"}
	f := finding.at(v, ["config", "versioning_configuration", i, "status"], finding.format("%s sets versioning status %s", [v.id, conf.status]))
}
