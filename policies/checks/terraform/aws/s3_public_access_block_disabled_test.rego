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

test_access_point_flags_turned_off_are_reported if {
	check.deny == {
		{
			"resource": "aws_s3_access_point.partners", "path": ["config", "public_access_block_configuration", 0, "block_public_policy"],
			"msg": "aws_s3_access_point.partners turns block_public_policy, restrict_public_buckets off for the access point",
		},
		{
			"resource": "aws_s3control_multi_region_access_point.global", "path": ["config", "details", 0, "public_access_block", 0, "block_public_acls"],
			"msg": "aws_s3control_multi_region_access_point.global turns block_public_acls off for the access point",
		},
	} with input as tf.doc([
		tf.res("aws_s3_access_point", "partners", {"bucket": "records", "public_access_block_configuration": [{"block_public_policy": false, "restrict_public_buckets": "false"}]}),
		tf.res("aws_s3control_multi_region_access_point", "global", {"details": [{"name": "global", "public_access_block": [{"block_public_acls": false}]}]}),
	])
}

test_access_points_with_the_defaults_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_s3_access_point", "a", {"bucket": "records"}),
		tf.res("aws_s3_access_point", "b", {"bucket": "records", "public_access_block_configuration": [all_on]}),
		tf.res("aws_s3_access_point", "c", {"bucket": "records", "public_access_block_configuration": [{"block_public_policy": tf.unknown("var.block")}]}),
		tf.res("aws_s3control_multi_region_access_point", "d", {"details": [{"name": "d"}]}),
	])
}
