package evident.checks.terraform.sqs_queue_unencrypted_test

import data.evident.checks.terraform.sqs_queue_unencrypted as check
import data.evident.lib.tf_fixtures_test as tf

test_sse_off_without_key if {
	check.deny == {{"resource": "aws_sqs_queue.q", "path": ["config", "sqs_managed_sse_enabled"], "msg": "aws_sqs_queue.q turns SQS-managed encryption off and sets no kms_master_key_id"}} with input as tf.doc([tf.res("aws_sqs_queue", "q", {"sqs_managed_sse_enabled": false})])
}

test_default_kms_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_sqs_queue", "a", {}),
		tf.res("aws_sqs_queue", "b", {"sqs_managed_sse_enabled": false, "kms_master_key_id": "alias/sqs"}),
		tf.res("aws_sqs_queue", "c", {"sqs_managed_sse_enabled": false, "kms_master_key_id": tf.unknown("aws_kms_key.q.arn")}),
		tf.res("aws_sqs_queue", "d", {"sqs_managed_sse_enabled": tf.unknown("var.sse")}),
	])
}
