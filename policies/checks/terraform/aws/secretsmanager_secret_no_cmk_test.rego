package evident.checks.terraform.secretsmanager_secret_no_cmk_test

import data.evident.checks.terraform.secretsmanager_secret_no_cmk as check
import data.evident.lib.tf_fixtures_test as tf

test_no_key if {
	check.deny == {{"resource": "aws_secretsmanager_secret.db", "msg": "aws_secretsmanager_secret.db sets no kms_key_id (encrypted with the AWS managed key)"}} with input as tf.doc([tf.res("aws_secretsmanager_secret", "db", {"name": "db"})])
}

test_key_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([tf.res("aws_secretsmanager_secret", "a", {"kms_key_id": "alias/secrets"}), tf.res("aws_secretsmanager_secret", "b", {"kms_key_id": tf.unknown("aws_kms_key.s.arn")})])
}
