package evident.checks.terraform.rds_deletion_protection_disabled_test

import data.evident.checks.terraform.rds_deletion_protection_disabled as check
import data.evident.lib.tf_fixtures_test as tf

test_absent_and_false if {
	check.deny == {
		{"resource": "aws_db_instance.a", "msg": "aws_db_instance.a does not set deletion_protection = true"},
		{"resource": "aws_rds_cluster.b", "path": ["config", "deletion_protection"], "msg": "aws_rds_cluster.b sets deletion_protection = false"},
	} with input as tf.doc([tf.res("aws_db_instance", "a", {}), tf.res("aws_rds_cluster", "b", {"deletion_protection": false})])
}

test_true_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([tf.res("aws_db_instance", "a", {"deletion_protection": true}), tf.res("aws_db_instance", "b", {"deletion_protection": tf.unknown("var.prod")})])
}
