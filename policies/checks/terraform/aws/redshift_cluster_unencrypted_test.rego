package evident.checks.terraform.redshift_cluster_unencrypted_test

import data.evident.checks.terraform.redshift_cluster_unencrypted as check
import data.evident.lib.tf_fixtures_test as tf

test_false if {
	check.deny == {{"resource": "aws_redshift_cluster.w", "path": ["config", "encrypted"], "msg": "aws_redshift_cluster.w sets encrypted = false"}} with input as tf.doc([tf.res("aws_redshift_cluster", "w", {"encrypted": false})])
}

test_true_default_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([tf.res("aws_redshift_cluster", "a", {"encrypted": true}), tf.res("aws_redshift_cluster", "b", {}), tf.res("aws_redshift_cluster", "c", {"encrypted": tf.unknown("var.e")})])
}
