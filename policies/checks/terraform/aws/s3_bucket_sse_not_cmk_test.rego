package evident.checks.terraform.s3_bucket_sse_not_cmk_test

import data.evident.checks.terraform.s3_bucket_sse_not_cmk as check
import data.evident.lib.tf_fixtures_test as tf

aes := [{"apply_server_side_encryption_by_default": [{"sse_algorithm": "AES256"}]}]

kms := [{"apply_server_side_encryption_by_default": [{"sse_algorithm": "aws:kms"}]}]

test_v4_and_legacy_aes256 if {
	check.deny == {
		{"resource": "aws_s3_bucket_server_side_encryption_configuration.a", "path": ["config", "rule", 0, "apply_server_side_encryption_by_default", 0, "sse_algorithm"], "msg": "aws_s3_bucket_server_side_encryption_configuration.a encrypts with S3-managed keys (AES256) instead of a KMS key"},
		{"resource": "aws_s3_bucket.b", "path": ["config", "server_side_encryption_configuration", 0, "rule", 0, "apply_server_side_encryption_by_default", 0, "sse_algorithm"], "msg": "aws_s3_bucket.b encrypts with S3-managed keys (AES256) instead of a KMS key"},
	} with input as tf.doc([
		tf.res("aws_s3_bucket_server_side_encryption_configuration", "a", {"rule": aes}),
		tf.res("aws_s3_bucket", "b", {"server_side_encryption_configuration": [{"rule": aes}]}),
	])
}

test_kms_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_s3_bucket_server_side_encryption_configuration", "a", {"rule": kms}),
		tf.res("aws_s3_bucket", "b", {"server_side_encryption_configuration": [{"rule": kms}]}),
		tf.res("aws_s3_bucket_server_side_encryption_configuration", "c", {"rule": [{"apply_server_side_encryption_by_default": [{"sse_algorithm": tf.unknown("var.alg")}]}]}),
	])
}

test_log_destination_buckets_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_s3_bucket", "logs", {"bucket": "logs"}),
		tf.res("aws_s3_bucket_server_side_encryption_configuration", "logs", {"bucket": tf.unknown("aws_s3_bucket.logs.id"), "rule": aes}),
		tf.res("aws_s3_bucket_logging", "data", {"bucket": "data", "target_bucket": tf.unknown("aws_s3_bucket.logs.id")}),
		tf.res("aws_s3_bucket", "lb_logs", {"bucket": "lb-logs", "server_side_encryption_configuration": [{"rule": aes}]}),
		tf.res("aws_lb", "web", {"access_logs": [{"bucket": "lb-logs", "enabled": true}]}),
	])
}

# A bucket granting the log delivery group write access (inline ACL, or aws_s3_bucket_acl) is an access-log bucket.
test_log_delivery_acl_buckets_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_s3_bucket", "inline", {"bucket": "inline-logs", "acl": "log-delivery-write", "server_side_encryption_configuration": [{"rule": aes}]}),
		tf.res("aws_s3_bucket", "split", {"bucket": "split-logs"}),
		tf.res("aws_s3_bucket_acl", "split", {"bucket": tf.unknown("aws_s3_bucket.split.id"), "acl": "log-delivery-write"}),
		tf.res("aws_s3_bucket_server_side_encryption_configuration", "split", {"bucket": tf.unknown("aws_s3_bucket.split.id"), "rule": aes}),
	])
}

test_private_acl_still_reported if {
	check.deny == {{
		"resource": "aws_s3_bucket.data",
		"path": ["config", "server_side_encryption_configuration", 0, "rule", 0, "apply_server_side_encryption_by_default", 0, "sse_algorithm"],
		"msg": "aws_s3_bucket.data encrypts with S3-managed keys (AES256) instead of a KMS key",
	}} with input as tf.doc([
		tf.res("aws_s3_bucket", "data", {"bucket": "data", "acl": "private", "server_side_encryption_configuration": [{"rule": aes}]}),
	])
}
