package evident.checks.terraform.cloudtrail_no_cloudwatch_logs_test

import data.evident.checks.terraform.cloudtrail_no_cloudwatch_logs as check
import data.evident.lib.tf_fixtures_test as tf

test_absent_null_and_empty_are_reported if {
	check.deny == {
		{"resource": "aws_cloudtrail.a", "msg": "aws_cloudtrail.a sets no cloud_watch_logs_group_arn (trail events are not delivered to CloudWatch Logs)"},
		{"resource": "aws_cloudtrail.b", "msg": "aws_cloudtrail.b sets no cloud_watch_logs_group_arn (trail events are not delivered to CloudWatch Logs)"},
		{"resource": "aws_cloudtrail.c", "path": ["config", "cloud_watch_logs_group_arn"], "msg": "aws_cloudtrail.c sets cloud_watch_logs_group_arn to an empty string (trail events are not delivered to CloudWatch Logs)"},
	} with input as tf.doc([
		tf.res("aws_cloudtrail", "a", {"name": "a"}),
		tf.res("aws_cloudtrail", "b", {"cloud_watch_logs_group_arn": null}),
		tf.res("aws_cloudtrail", "c", {"cloud_watch_logs_group_arn": " "}),
	])
}

test_log_group_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_cloudtrail", "a", {"cloud_watch_logs_group_arn": "arn:aws:logs:eu-west-1:123456789012:log-group:trail:*"}),
		tf.res("aws_cloudtrail", "b", {"cloud_watch_logs_group_arn": tf.unknown("aws_cloudwatch_log_group.trail.arn")}),
		tf.res("aws_cloudtrail", "c", {"cloud_watch_logs_group_arn": tf.unknown("var.log_group_arn")}),
	])
}
