package evident.checks.terraform.cloudtrail_not_multi_region_test

import data.evident.checks.terraform.cloudtrail_not_multi_region as check
import data.evident.lib.tf_fixtures_test as tf

test_absent_and_false if {
	check.deny == {
		{"resource": "aws_cloudtrail.a", "msg": "aws_cloudtrail.a does not set is_multi_region_trail = true (other regions are not recorded)"},
		{"resource": "aws_cloudtrail.b", "path": ["config", "is_multi_region_trail"], "msg": "aws_cloudtrail.b sets is_multi_region_trail = false (other regions are not recorded)"},
	} with input as tf.doc([tf.res("aws_cloudtrail", "a", {}), tf.res("aws_cloudtrail", "b", {"is_multi_region_trail": false})])
}

test_true_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([tf.res("aws_cloudtrail", "a", {"is_multi_region_trail": true}), tf.res("aws_cloudtrail", "b", {"is_multi_region_trail": tf.unknown("var.m")})])
}
