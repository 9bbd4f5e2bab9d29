package evident.checks.terraform.ebs_volume_unencrypted_test

import data.evident.checks.terraform.ebs_volume_unencrypted as check
import data.evident.lib.tf_fixtures_test as tf

test_volume_without_encryption if {
	check.deny == {{"resource": "aws_ebs_volume.data", "msg": "aws_ebs_volume.data does not set encrypted = true and the module does not enable EBS encryption by default"}} with input as tf.doc([tf.res("aws_ebs_volume", "data", {"size": 10})])
}

test_volume_encrypted_false_and_default_off if {
	check.deny == {
		{"resource": "aws_ebs_volume.data", "path": ["config", "encrypted"], "msg": "aws_ebs_volume.data sets encrypted = false"},
		{"resource": "aws_ebs_encryption_by_default.this", "path": ["config", "enabled"], "msg": "aws_ebs_encryption_by_default.this turns EBS encryption by default off"},
	} with input as tf.doc([tf.res("aws_ebs_volume", "data", {"encrypted": false}), tf.res("aws_ebs_encryption_by_default", "this", {"enabled": false})])
}

test_encrypted_default_on_snapshot_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([tf.res("aws_ebs_volume", "a", {"encrypted": true}), tf.res("aws_ebs_volume", "b", {"encrypted": tf.unknown("var.enc")}), tf.res("aws_ebs_volume", "c", {"snapshot_id": "snap-1"})])
	count(check.deny) == 0 with input as tf.doc([tf.res("aws_ebs_volume", "d", {}), tf.res("aws_ebs_encryption_by_default", "this", {})])
}
