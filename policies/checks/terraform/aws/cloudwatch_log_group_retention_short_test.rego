package evident.checks.terraform.cloudwatch_log_group_retention_short_test

import data.evident.checks.terraform.cloudwatch_log_group_retention_short as check
import data.evident.lib.tf_fixtures_test as tf

test_short if {
	check.deny == {{"resource": "aws_cloudwatch_log_group.a", "path": ["config", "retention_in_days"], "msg": "aws_cloudwatch_log_group.a keeps log events for 30 days, less than the 365 days audit logs need"}} with input as tf.doc([tf.res("aws_cloudwatch_log_group", "a", {"retention_in_days": 30})])
}

test_long_forever_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_cloudwatch_log_group", "a", {"retention_in_days": 365}),
		tf.res("aws_cloudwatch_log_group", "b", {"retention_in_days": 0}),
		tf.res("aws_cloudwatch_log_group", "c", {}),
		tf.res("aws_cloudwatch_log_group", "d", {"retention_in_days": tf.unknown("var.days")}),
	])
}

test_quoted_days_are_read_as_numbers if {
	check.deny == {{"resource": "aws_cloudwatch_log_group.a", "path": ["config", "retention_in_days"], "msg": "aws_cloudwatch_log_group.a keeps log events for 30 days, less than the 365 days audit logs need"}} with input as tf.doc([
		tf.res("aws_cloudwatch_log_group", "a", {"retention_in_days": "30"}),
		tf.res("aws_cloudwatch_log_group", "b", {"retention_in_days": "365"}),
		tf.res("aws_cloudwatch_log_group", "c", {"retention_in_days": "0"}),
	])
}
