package evident.checks.terraform.cloudtrail_unencrypted_test

import data.evident.checks.terraform.cloudtrail_unencrypted as check
import data.evident.lib.tf_fixtures_test as tf

test_no_key if {
	check.deny == {{"resource": "aws_cloudtrail.a", "msg": "aws_cloudtrail.a sets no kms_key_id (log files are not encrypted with a KMS key)"}} with input as tf.doc([tf.res("aws_cloudtrail", "a", {})])
}

test_key_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([tf.res("aws_cloudtrail", "a", {"kms_key_id": "arn:aws:kms:eu-west-1:1:key/k"}), tf.res("aws_cloudtrail", "b", {"kms_key_id": tf.unknown("aws_kms_key.t.arn")})])
}
