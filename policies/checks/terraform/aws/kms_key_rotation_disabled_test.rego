package evident.checks.terraform.kms_key_rotation_disabled_test

import data.evident.checks.terraform.kms_key_rotation_disabled as check
import data.evident.lib.tf_fixtures_test as tf

test_absent_and_false if {
	check.deny == {
		{"resource": "aws_kms_key.a", "msg": "aws_kms_key.a does not set enable_key_rotation = true"},
		{"resource": "aws_kms_key.b", "path": ["config", "enable_key_rotation"], "msg": "aws_kms_key.b sets enable_key_rotation = false"},
	} with input as tf.doc([tf.res("aws_kms_key", "a", {}), tf.res("aws_kms_key", "b", {"customer_master_key_spec": "SYMMETRIC_DEFAULT", "enable_key_rotation": false})])
}

test_rotating_asymmetric_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_kms_key", "a", {"enable_key_rotation": true}),
		tf.res("aws_kms_key", "b", {"customer_master_key_spec": "RSA_2048"}),
		tf.res("aws_kms_key", "c", {"enable_key_rotation": tf.unknown("var.r")}),
		tf.res("aws_kms_key", "d", {"customer_master_key_spec": tf.unknown("var.spec")}),
	])
}
