# METADATA
# title: S3 bucket has no explicit server-side encryption
# description: >-
#   An aws_s3_bucket has neither an inline server_side_encryption_configuration
#   block (provider v3 style) nor a separate
#   aws_s3_bucket_server_side_encryption_configuration resource that points at it
#   (provider v4+ style). Since January 2023 AWS applies SSE-S3 to new objects by
#   default, but that default is not visible in the code, cannot use a
#   customer-managed key, and is no evidence an auditor can verify: buckets that
#   hold personal or health data should declare their encryption.
#   A bucket passed to a local module that declares an aws_s3_bucket_server_side_encryption_configuration is not
#   reported: that module may configure it for this bucket.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/serv-side-encryption.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_server_side_encryption_configuration
# custom:
#   id: EVD-TF-001
#   severity: medium
#   remediation: >-
#     Add an aws_s3_bucket_server_side_encryption_configuration resource for the
#     bucket with sse_algorithm "aws:kms" and a customer-managed kms_master_key_id
#     (or "AES256" at least), and bucket_key_enabled = true.
#   selector:
#     input: terraform
#     resources: [aws_s3_bucket]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(a)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: Encryption at rest of stored ePHI is the encryption and decryption specification, and a risk-management measure for every store that may hold ePHI.
#     gdpr: Encryption of personal data is a measure Art. 32(1)(a) names, and serves the confidentiality principle.
package evident.checks.terraform.s3_bucket_unencrypted

import data.evident.lib.finding
import data.evident.lib.terraform

deny contains f if {
	some bucket in terraform.resources("aws_s3_bucket")
	not terraform.has_block(bucket.config, "server_side_encryption_configuration")
	count(terraform.attached(sse_type, "bucket", bucket)) == 0
	not ambiguous_configuration
	not terraform.passed_to_module_declaring(bucket, sse_type)
	f := finding.of(bucket, finding.format("S3 bucket %s declares no server-side encryption configuration", [bucket.id]))
}

sse_type := "aws_s3_bucket_server_side_encryption_configuration"

# An encryption configuration whose bucket cannot be resolved (e.g. a variable
# without a default) may belong to any bucket of the module: report nothing
# rather than a false alarm.
ambiguous_configuration if terraform.unattributed(sse_type, "bucket", "aws_s3_bucket")
