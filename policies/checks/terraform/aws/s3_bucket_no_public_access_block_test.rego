package evident.checks.terraform.s3_bucket_no_public_access_block_test

import data.evident.checks.terraform.s3_bucket_no_public_access_block as check
import data.evident.lib.tf_fixtures_test as tf

test_bucket_without_block if {
	check.deny == {{"resource": "aws_s3_bucket.b", "msg": "S3 bucket aws_s3_bucket.b has no aws_s3_bucket_public_access_block (and the module sets no account-level block)"}} with input as tf.doc([
		tf.res("aws_s3_bucket", "a", {"bucket": "a"}),
		tf.res("aws_s3_bucket", "b", {"bucket": "b"}),
		tf.res("aws_s3_bucket_public_access_block", "a", {"bucket": tf.unknown("aws_s3_bucket.a.id")}),
	])
}

test_account_block_and_ambiguous_pass if {
	count(check.deny) == 0 with input as tf.doc([tf.res("aws_s3_bucket", "a", {}), tf.res("aws_s3_account_public_access_block", "x", {})])
	count(check.deny) == 0 with input as tf.doc([tf.res("aws_s3_bucket", "a", {}), tf.res("aws_s3_bucket_public_access_block", "x", {"bucket": tf.unknown("var.bucket")})])
}
