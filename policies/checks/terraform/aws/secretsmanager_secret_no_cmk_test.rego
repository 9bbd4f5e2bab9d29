package evident.checks.terraform.secretsmanager_secret_no_cmk_test

import data.evident.checks.terraform.secretsmanager_secret_no_cmk as check
import data.evident.lib.tf_fixtures_test as tf

test_no_key if {
	check.deny == {{"resource": "aws_secretsmanager_secret.db", "msg": "aws_secretsmanager_secret.db sets no kms_key_id (encrypted with the AWS managed key)"}} with input as tf.doc([tf.res("aws_secretsmanager_secret", "db", {"name": "db"})])
}

test_key_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([tf.res("aws_secretsmanager_secret", "a", {"kms_key_id": "alias/secrets"}), tf.res("aws_secretsmanager_secret", "b", {"kms_key_id": tf.unknown("aws_kms_key.s.arn")})])
}

test_the_aws_managed_key_named_explicitly if {
	check.deny == {
		{"resource": "aws_secretsmanager_secret.a", "path": ["config", "kms_key_id"], "msg": "aws_secretsmanager_secret.a sets kms_key_id to the AWS managed key (alias/aws/secretsmanager)"},
		{"resource": "aws_secretsmanager_secret.b", "path": ["config", "kms_key_id"], "msg": "aws_secretsmanager_secret.b sets kms_key_id to the AWS managed key (arn:aws:kms:eu-west-1:111122223333:alias/aws/secretsmanager)"},
	} with input as tf.doc([
		tf.res("aws_secretsmanager_secret", "a", {"kms_key_id": "alias/aws/secretsmanager"}),
		tf.res("aws_secretsmanager_secret", "b", {"kms_key_id": "arn:aws:kms:eu-west-1:111122223333:alias/aws/secretsmanager"}),
		tf.res("aws_secretsmanager_secret", "c", {"kms_key_id": "arn:aws:kms:eu-west-1:111122223333:alias/records-secrets"}),
	])
}
