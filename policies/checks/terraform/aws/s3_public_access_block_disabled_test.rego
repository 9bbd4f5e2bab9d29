package evident.checks.terraform.s3_public_access_block_disabled_test

import data.evident.checks.terraform.s3_public_access_block_disabled as check
import data.evident.lib.tf_fixtures_test as tf

all_on := {"block_public_acls": true, "block_public_policy": true, "ignore_public_acls": true, "restrict_public_buckets": true}

test_flags_off_or_unset if {
	check.deny == {
		{"resource": "aws_s3_bucket_public_access_block.b", "msg": "aws_s3_bucket_public_access_block.b leaves block_public_policy, restrict_public_buckets off"},
		{"resource": "aws_s3_account_public_access_block.a", "msg": "aws_s3_account_public_access_block.a leaves ignore_public_acls off"},
	} with input as tf.doc([
		tf.res("aws_s3_bucket_public_access_block", "b", {"block_public_acls": true, "block_public_policy": false, "ignore_public_acls": true}),
		tf.res("aws_s3_account_public_access_block", "a", object.union(all_on, {"ignore_public_acls": false})),
	])
}

test_all_on_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_s3_bucket_public_access_block", "b", all_on),
		tf.res("aws_s3_bucket_public_access_block", "c", object.union(all_on, {"block_public_policy": tf.unknown("var.p")})),
	])
}
