package evident.checks.terraform.docdb_neptune_storage_unencrypted_test

import data.evident.checks.terraform.docdb_neptune_storage_unencrypted as check
import data.evident.lib.tf_fixtures_test as tf

test_absent_null_and_false_are_reported if {
	check.deny == {
		{"resource": "aws_docdb_cluster.a", "msg": "aws_docdb_cluster.a does not set storage_encrypted = true (DocumentDB storage is unencrypted by default)"},
		{"resource": "aws_neptune_cluster.b", "msg": "aws_neptune_cluster.b does not set storage_encrypted = true (Neptune storage is unencrypted by default)"},
		{"resource": "aws_docdb_cluster.c", "path": ["config", "storage_encrypted"], "msg": "aws_docdb_cluster.c sets storage_encrypted = false"},
		{"resource": "aws_neptune_cluster.d", "path": ["config", "storage_encrypted"], "msg": "aws_neptune_cluster.d sets storage_encrypted = false"},
	} with input as tf.doc([
		tf.res("aws_docdb_cluster", "a", {"engine": "docdb"}),
		tf.res("aws_neptune_cluster", "b", {"storage_encrypted": null}),
		tf.res("aws_docdb_cluster", "c", {"storage_encrypted": false}),
		tf.res("aws_neptune_cluster", "d", {"storage_encrypted": false, "kms_key_arn": "arn:aws:kms:eu-west-1:123456789012:key/1"}),
	])
}

test_encrypted_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_docdb_cluster", "a", {"storage_encrypted": true}),
		tf.res("aws_neptune_cluster", "b", {"storage_encrypted": true}),
		tf.res("aws_docdb_cluster", "c", {"storage_encrypted": tf.unknown("var.encrypted")}),
	])
}

# Restores, global cluster members and read replicas take their encryption
# from the snapshot or source: not judged, even with storage_encrypted = false.
test_inherited_encryption_is_not_judged if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_docdb_cluster", "snap", {"snapshot_identifier": "records-2024-06-01"}),
		tf.res("aws_neptune_cluster", "snap", {"snapshot_identifier": tf.unknown("var.snapshot"), "storage_encrypted": false}),
		tf.res("aws_docdb_cluster", "pitr", {"restore_to_point_in_time": [{"source_cluster_identifier": "records", "use_latest_restorable_time": true}]}),
		tf.res("aws_docdb_cluster", "secondary", {"global_cluster_identifier": tf.unknown("aws_docdb_global_cluster.records.id")}),
		tf.res("aws_neptune_cluster", "secondary", {"global_cluster_identifier": "graph-global"}),
		tf.res("aws_neptune_cluster", "replica", {"replication_source_identifier": tf.unknown("aws_neptune_cluster.graph.arn")}),
	])
}

# An empty or null source argument restores nothing (the provider ignores it).
test_empty_source_arguments_do_not_exempt if {
	check.deny == {
		{"resource": "aws_docdb_cluster.a", "msg": "aws_docdb_cluster.a does not set storage_encrypted = true (DocumentDB storage is unencrypted by default)"},
		{"resource": "aws_neptune_cluster.b", "msg": "aws_neptune_cluster.b does not set storage_encrypted = true (Neptune storage is unencrypted by default)"},
	} with input as tf.doc([
		tf.res("aws_docdb_cluster", "a", {"snapshot_identifier": "", "global_cluster_identifier": null}),
		tf.res("aws_neptune_cluster", "b", {"replication_source_identifier": null}),
	])
}

test_other_types_are_ignored if {
	check.deny == {{"resource": "aws_docdb_cluster.c", "msg": "aws_docdb_cluster.c does not set storage_encrypted = true (DocumentDB storage is unencrypted by default)"}} with input as tf.doc([
		tf.res("aws_rds_cluster", "a", {}),
		tf.res("aws_docdbelastic_cluster", "b", {}),
		tf.res("aws_docdb_cluster", "c", {}),
	])
}

# A DocumentDB or Neptune global cluster is judged itself (its members take its encryption).
test_global_clusters_without_encryption_are_reported if {
	check.deny == {
		{"resource": "aws_docdb_global_cluster.a", "msg": "aws_docdb_global_cluster.a does not set storage_encrypted = true (DocumentDB storage is unencrypted by default)"},
		{"resource": "aws_neptune_global_cluster.b", "msg": "aws_neptune_global_cluster.b does not set storage_encrypted = true (Neptune storage is unencrypted by default)"},
		{"resource": "aws_docdb_global_cluster.c", "path": ["config", "storage_encrypted"], "msg": "aws_docdb_global_cluster.c sets storage_encrypted = false"},
		{"resource": "aws_neptune_global_cluster.d", "path": ["config", "storage_encrypted"], "msg": "aws_neptune_global_cluster.d sets storage_encrypted = false"},
	} with input as tf.doc([
		tf.res("aws_docdb_global_cluster", "a", {"global_cluster_identifier": "documents-global", "engine": "docdb"}),
		tf.res("aws_neptune_global_cluster", "b", {"global_cluster_identifier": "graph-global", "storage_encrypted": null}),
		tf.res("aws_docdb_global_cluster", "c", {"global_cluster_identifier": "c", "storage_encrypted": false}),
		tf.res("aws_neptune_global_cluster", "d", {"global_cluster_identifier": "d", "storage_encrypted": false}),
		tf.res("aws_docdb_cluster", "primary", {"global_cluster_identifier": tf.unknown("aws_docdb_global_cluster.a.id")}),
	])
}

# Encrypted, unknown, or built from an existing cluster (whose encryption applies and which is
# judged itself); the global cluster's own global_cluster_identifier is its name, not a source.
test_global_clusters_encrypted_unknown_or_from_a_source_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_docdb_global_cluster", "a", {"global_cluster_identifier": "a", "storage_encrypted": true}),
		tf.res("aws_neptune_global_cluster", "b", {"global_cluster_identifier": "b", "storage_encrypted": tf.unknown("var.encrypted")}),
		tf.res("aws_docdb_global_cluster", "c", {"global_cluster_identifier": "c", "source_db_cluster_identifier": tf.unknown("aws_docdb_cluster.documents.arn")}),
		tf.res("aws_neptune_global_cluster", "d", {"global_cluster_identifier": "d", "source_db_cluster_identifier": "arn:aws:rds:eu-west-1:123456789012:cluster:graph"}),
	])
	check.deny == {{"resource": "aws_neptune_global_cluster.e", "msg": "aws_neptune_global_cluster.e does not set storage_encrypted = true (Neptune storage is unencrypted by default)"}} with input as tf.doc([tf.res("aws_neptune_global_cluster", "e", {"global_cluster_identifier": "e", "source_db_cluster_identifier": null})])
}
