package evident.checks.terraform.docdb_neptune_backups_short_test

import data.evident.checks.terraform.docdb_neptune_backups_short as check
import data.evident.lib.tf_fixtures_test as tf

test_short_retention if {
	check.deny == {
		{"resource": "aws_docdb_cluster.one", "path": ["config", "backup_retention_period"], "msg": "aws_docdb_cluster.one keeps automated backups for only 1 day(s); at least 7 are expected"},
		{"resource": "aws_neptune_cluster.three", "path": ["config", "backup_retention_period"], "msg": "aws_neptune_cluster.three keeps automated backups for only 3 day(s); at least 7 are expected"},
		{"resource": "aws_docdb_cluster.unset", "msg": "aws_docdb_cluster.unset does not set backup_retention_period, so automated backups are kept for the default 1 day; at least 7 are expected"},
		{"resource": "aws_neptune_cluster.unset", "msg": "aws_neptune_cluster.unset does not set backup_retention_period, so automated backups are kept for the default 1 day; at least 7 are expected"},
	} with input as tf.doc([
		tf.res("aws_docdb_cluster", "one", {"backup_retention_period": 1}),
		tf.res("aws_neptune_cluster", "three", {"backup_retention_period": "3"}),
		tf.res("aws_docdb_cluster", "unset", {"cluster_identifier": "records"}),
		tf.res("aws_neptune_cluster", "unset", {"cluster_identifier": "graph"}),
		tf.res("aws_docdb_cluster", "week", {"backup_retention_period": 7}),
		tf.res("aws_neptune_cluster", "month", {"backup_retention_period": 35}),
		tf.res("aws_docdb_cluster", "restored", {"snapshot_identifier": "records-final"}),
		tf.res("aws_neptune_cluster", "replica", {"replication_source_identifier": tf.unknown("aws_neptune_cluster.primary.arn")}),
		tf.res("aws_docdb_cluster", "secondary", {"global_cluster_identifier": tf.unknown("aws_docdb_global_cluster.records.id")}),
		tf.res("aws_docdb_cluster", "unknown", {"backup_retention_period": tf.unknown("var.retention_days")}),
	])
}
