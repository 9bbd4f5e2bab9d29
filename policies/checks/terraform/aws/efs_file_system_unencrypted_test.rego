package evident.checks.terraform.efs_file_system_unencrypted_test

import data.evident.checks.terraform.efs_file_system_unencrypted as check
import data.evident.lib.tf_fixtures_test as tf

test_absent_and_false if {
	check.deny == {
		{"resource": "aws_efs_file_system.a", "msg": "aws_efs_file_system.a does not set encrypted = true (EFS is unencrypted unless chosen at creation)"},
		{"resource": "aws_efs_file_system.b", "path": ["config", "encrypted"], "msg": "aws_efs_file_system.b sets encrypted = false"},
	} with input as tf.doc([tf.res("aws_efs_file_system", "a", {}), tf.res("aws_efs_file_system", "b", {"encrypted": false})])
}

test_encrypted_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([tf.res("aws_efs_file_system", "a", {"encrypted": true}), tf.res("aws_efs_file_system", "b", {"encrypted": tf.unknown("var.x")})])
}
