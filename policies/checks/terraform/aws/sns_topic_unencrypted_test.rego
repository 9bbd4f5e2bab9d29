package evident.checks.terraform.sns_topic_unencrypted_test

import data.evident.checks.terraform.sns_topic_unencrypted as check
import data.evident.lib.tf_fixtures_test as tf

test_no_key if {
	check.deny == {{"resource": "aws_sns_topic.t", "msg": "aws_sns_topic.t sets no kms_master_key_id (SNS messages are not encrypted at rest)"}} with input as tf.doc([tf.res("aws_sns_topic", "t", {"name": "t"})])
}

test_key_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([tf.res("aws_sns_topic", "a", {"kms_master_key_id": "alias/aws/sns"}), tf.res("aws_sns_topic", "b", {"kms_master_key_id": tf.unknown("aws_kms_key.k.id")})])
}
