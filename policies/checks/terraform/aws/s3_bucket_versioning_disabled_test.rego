package evident.checks.terraform.s3_bucket_versioning_disabled_test

import data.evident.checks.terraform.s3_bucket_versioning_disabled as check
import data.evident.lib.tf_fixtures_test as tf

test_missing_legacy_false_and_suspended if {
	check.deny == {
		{"resource": "aws_s3_bucket.a", "msg": "S3 bucket aws_s3_bucket.a has no versioning configuration"},
		{"resource": "aws_s3_bucket.b", "path": ["config", "versioning", 0, "enabled"], "msg": "S3 bucket aws_s3_bucket.b sets versioning enabled = false"},
		{"resource": "aws_s3_bucket_versioning.c", "path": ["config", "versioning_configuration", 0, "status"], "msg": "aws_s3_bucket_versioning.c sets versioning status Suspended"},
	} with input as tf.doc([
		tf.res("aws_s3_bucket", "a", {}),
		tf.res("aws_s3_bucket", "b", {"versioning": [{"enabled": false}]}),
		tf.res("aws_s3_bucket", "c", {}),
		tf.res("aws_s3_bucket_versioning", "c", {"bucket": tf.unknown("aws_s3_bucket.c.id"), "versioning_configuration": [{"status": "Suspended"}]}),
	])
}

test_enabled_both_styles_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_s3_bucket", "a", {"versioning": [{"enabled": true}]}),
		tf.res("aws_s3_bucket", "b", {}),
		tf.res("aws_s3_bucket_versioning", "b", {"bucket": tf.unknown("aws_s3_bucket.b.id"), "versioning_configuration": [{"status": "Enabled"}]}),
		tf.res("aws_s3_bucket", "c", {"versioning": [{"enabled": tf.unknown("var.v")}]}),
	])
	count(check.deny) == 0 with input as tf.doc([tf.res("aws_s3_bucket", "a", {}), tf.res("aws_s3_bucket_versioning", "x", {"bucket": tf.unknown("var.bucket")})])
}
