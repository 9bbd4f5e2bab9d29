package evident.checks.terraform.cloudtrail_log_validation_disabled_test

import data.evident.checks.terraform.cloudtrail_log_validation_disabled as check
import data.evident.lib.tf_fixtures_test as tf

test_absent_and_false if {
	check.deny == {
		{"resource": "aws_cloudtrail.a", "msg": "aws_cloudtrail.a does not set enable_log_file_validation = true"},
		{"resource": "aws_cloudtrail.b", "path": ["config", "enable_log_file_validation"], "msg": "aws_cloudtrail.b sets enable_log_file_validation = false"},
	} with input as tf.doc([tf.res("aws_cloudtrail", "a", {}), tf.res("aws_cloudtrail", "b", {"enable_log_file_validation": false})])
}

test_true_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([tf.res("aws_cloudtrail", "a", {"enable_log_file_validation": true}), tf.res("aws_cloudtrail", "b", {"enable_log_file_validation": tf.unknown("var.v")})])
}
