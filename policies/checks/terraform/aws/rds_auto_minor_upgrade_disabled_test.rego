package evident.checks.terraform.rds_auto_minor_upgrade_disabled_test

import data.evident.checks.terraform.rds_auto_minor_upgrade_disabled as check
import data.evident.lib.tf_fixtures_test as tf

test_false_is_reported if {
	check.deny == {
		{"resource": "aws_db_instance.a", "path": ["config", "auto_minor_version_upgrade"], "msg": "aws_db_instance.a sets auto_minor_version_upgrade = false: engine security patches are not applied"},
		{"resource": "aws_rds_cluster_instance.b", "path": ["config", "auto_minor_version_upgrade"], "msg": "aws_rds_cluster_instance.b sets auto_minor_version_upgrade = false: engine security patches are not applied"},
	} with input as tf.doc([
		tf.res("aws_db_instance", "a", {"auto_minor_version_upgrade": false}),
		tf.res("aws_rds_cluster_instance", "b", {"auto_minor_version_upgrade": "false"}),
	])
}

test_true_absent_null_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_db_instance", "a", {"auto_minor_version_upgrade": true}),
		tf.res("aws_db_instance", "b", {}),
		tf.res("aws_rds_cluster_instance", "c", {"auto_minor_version_upgrade": null}),
		tf.res("aws_rds_cluster_instance", "d", {"auto_minor_version_upgrade": tf.unknown("var.auto_upgrade")}),
	])
}

# A Multi-AZ DB cluster takes the setting on the cluster.
test_cluster_false_is_reported if {
	check.deny == {{"resource": "aws_rds_cluster.a", "path": ["config", "auto_minor_version_upgrade"], "msg": "aws_rds_cluster.a sets auto_minor_version_upgrade = false: engine security patches are not applied"}} with input as tf.doc([
		tf.res("aws_rds_cluster", "a", {"auto_minor_version_upgrade": false}),
		tf.res("aws_rds_cluster", "b", {"engine": "aurora-postgresql"}),
	])
}

test_other_types_are_not_reported if {
	count(check.deny) == 0 with input as tf.doc([tf.res("aws_docdb_cluster_instance", "a", {"auto_minor_version_upgrade": false})])
}
