# METADATA
# title: S3 bucket has no server access logging
# description: >-
#   An aws_s3_bucket has neither an inline logging block (provider v3 style) nor
#   a separate aws_s3_bucket_logging resource that points at it (provider v4+
#   style), so requests to the objects it holds (who read or deleted which
#   record, from where) are not recorded. Buckets that receive access logs
#   themselves (the target of another bucket's logging, or with the
#   log-delivery-write ACL, inline or as an aws_s3_bucket_acl) are not
#   reported.
#   A bucket passed to a local module that declares an aws_s3_bucket_logging is not
#   reported: that module may configure it for this bucket.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_logging
# custom:
#   id: EVD-TF-006
#   severity: medium
#   remediation: >-
#     Add an aws_s3_bucket_logging resource with target_bucket set to a dedicated,
#     encrypted log bucket (or enable CloudTrail S3 data events for the bucket).
#   selector:
#     input: terraform
#     resources: [aws_s3_bucket]
#   controls:
#     hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#     gdpr: ["Art.5(2)", "Art.30(1)"]
#   rationale:
#     hipaa: Recording access to stores of ePHI is what the audit controls standard requires, and the records feed information system activity review.
#     gdpr: Access records help the controller demonstrate accountability for processing and document processing activities.
package evident.checks.terraform.s3_bucket_access_logging

import data.evident.lib.aws
import data.evident.lib.finding
import data.evident.lib.terraform

logging_type := "aws_s3_bucket_logging"

deny contains f if {
	some bucket in terraform.resources("aws_s3_bucket")
	not terraform.has_block(bucket.config, "logging")
	count(terraform.attached(logging_type, "bucket", bucket)) == 0
	not aws.access_log_bucket(bucket)
	not ambiguous_configuration
	not terraform.passed_to_module_declaring(bucket, logging_type)
	f := finding.of(bucket, finding.format("S3 bucket %s has no server access logging", [bucket.id]))
}

# A logging resource whose bucket cannot be resolved may belong to any bucket.
ambiguous_configuration if terraform.unattributed(logging_type, "bucket", "aws_s3_bucket")
