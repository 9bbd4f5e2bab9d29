# METADATA
# title: S3 bucket encryption uses S3-managed keys, not KMS
# description: >-
#   An S3 bucket's default encryption (aws_s3_bucket_server_side_encryption_configuration,
#   or the legacy inline server_side_encryption_configuration block) uses
#   sse_algorithm = "AES256" (SSE-S3). The objects are encrypted, but access to
#   the key cannot be restricted or audited separately from access to the
#   bucket; for buckets with ePHI a KMS key gives a second access decision and
#   CloudTrail records of every decryption. Buckets that receive S3 server
#   access logs (a logging target, or a log-delivery-write ACL, inline or as an
#   aws_s3_bucket_acl) or load balancer access logs are not reported: those
#   services only write to buckets encrypted with SSE-S3.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html
# custom:
#   id: EVD-TF-025
#   severity: low
#   remediation: >-
#     Use sse_algorithm = "aws:kms" (or "aws:kms:dsse") with kms_master_key_id
#     set to a customer-managed key, and bucket_key_enabled = true to limit KMS
#     request costs.
#   selector:
#     input: terraform
#     resources: [aws_s3_bucket_server_side_encryption_configuration, aws_s3_bucket]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)", "164.312(b)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: A KMS key adds an auditable decryption decision in front of ePHI objects.
#     gdpr: Controlling the key makes the encryption of personal data demonstrable.
package evident.checks.terraform.s3_bucket_sse_not_cmk

import data.evident.lib.aws
import data.evident.lib.finding
import data.evident.lib.terraform

deny contains f if {
	some sse in terraform.resources("aws_s3_bucket_server_side_encryption_configuration")
	some i, rule in terraform.blocks(sse.config, "rule")
	some j, by_default in terraform.blocks(rule, "apply_server_side_encryption_by_default")
	by_default.sse_algorithm == "AES256"
	not configures_log_destination(sse)
	f := finding.at(sse, ["config", "rule", i, "apply_server_side_encryption_by_default", j, "sse_algorithm"], message(sse))
}

deny contains f if {
	some bucket in terraform.resources("aws_s3_bucket")
	some i, conf in terraform.blocks(bucket.config, "server_side_encryption_configuration")
	some j, rule in terraform.blocks(conf, "rule")
	some k, by_default in terraform.blocks(rule, "apply_server_side_encryption_by_default")
	by_default.sse_algorithm == "AES256"
	not aws.log_destination(bucket)
	path := ["config", "server_side_encryption_configuration", i, "rule", j, "apply_server_side_encryption_by_default", k, "sse_algorithm"]
	f := finding.at(bucket, path, message(bucket))
}

configures_log_destination(sse) if {
	some bucket in terraform.resources("aws_s3_bucket")
	terraform.points_at(sse.config.bucket, bucket, "bucket")
	aws.log_destination(bucket)
}

message(r) := finding.format("%s encrypts with S3-managed keys (AES256) instead of a KMS key", [r.id])
