package evident.checks.terraform.cloudwatch_log_group_retention_unbounded_test

import data.evident.checks.terraform.cloudwatch_log_group_retention_unbounded as check
import data.evident.lib.tf_fixtures_test as tf

test_absent_and_zero if {
	check.deny == {
		{"resource": "aws_cloudwatch_log_group.a", "msg": "aws_cloudwatch_log_group.a sets no retention_in_days (log events never expire)"},
		{"resource": "aws_cloudwatch_log_group.b", "path": ["config", "retention_in_days"], "msg": "aws_cloudwatch_log_group.b sets retention_in_days = 0 (log events never expire)"},
	} with input as tf.doc([tf.res("aws_cloudwatch_log_group", "a", {}), tf.res("aws_cloudwatch_log_group", "b", {"retention_in_days": 0})])
}

test_bounded_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([tf.res("aws_cloudwatch_log_group", "a", {"retention_in_days": 30}), tf.res("aws_cloudwatch_log_group", "b", {"retention_in_days": tf.unknown("var.days")})])
}

test_quoted_zero_is_unbounded if {
	check.deny == {{"resource": "aws_cloudwatch_log_group.a", "path": ["config", "retention_in_days"], "msg": "aws_cloudwatch_log_group.a sets retention_in_days = 0 (log events never expire)"}} with input as tf.doc([
		tf.res("aws_cloudwatch_log_group", "a", {"retention_in_days": "0"}),
		tf.res("aws_cloudwatch_log_group", "b", {"retention_in_days": "30"}),
	])
}
