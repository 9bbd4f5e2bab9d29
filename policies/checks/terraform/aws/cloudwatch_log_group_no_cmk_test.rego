package evident.checks.terraform.cloudwatch_log_group_no_cmk_test

import data.evident.checks.terraform.cloudwatch_log_group_no_cmk as check
import data.evident.lib.tf_fixtures_test as tf

test_no_key if {
	check.deny == {{"resource": "aws_cloudwatch_log_group.app", "msg": "aws_cloudwatch_log_group.app sets no kms_key_id (logs are not encrypted with a customer-managed key)"}} with input as tf.doc([tf.res("aws_cloudwatch_log_group", "app", {"name": "/app"})])
}

test_key_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([tf.res("aws_cloudwatch_log_group", "a", {"kms_key_id": "arn:aws:kms:eu-west-1:1:key/x"}), tf.res("aws_cloudwatch_log_group", "b", {"kms_key_id": tf.unknown("aws_kms_key.logs.arn")})])
}
