package evident.checks.terraform.rds_storage_unencrypted_test

import data.evident.checks.terraform.rds_storage_unencrypted as check

db(type, name, config) := {
	"id": concat(".", [type, name]), "mode": "managed", "type": type, "name": name,
	"file": "db.tf", "startLine": 1, "endLine": 9, "config": config,
}

test_missing_flag_is_reported_at_the_resource if {
	check.deny == {{
		"resource": "aws_db_instance.patients",
		"msg": "aws_db_instance.patients does not set storage_encrypted = true (RDS storage is unencrypted by default)",
	}} with input as {"type": "terraform", "resources": [db("aws_db_instance", "patients", {"engine": "postgres"})]}
}

test_explicit_false_is_reported_at_the_attribute if {
	check.deny == {{
		"resource": "aws_rds_cluster.main",
		"path": ["config", "storage_encrypted"],
		"msg": "aws_rds_cluster.main sets storage_encrypted = false",
	}} with input as {"type": "terraform", "resources": [db("aws_rds_cluster", "main", {"storage_encrypted": false})]}
}

test_encrypted_passes if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [db("aws_db_instance", "patients", {"storage_encrypted": true})]}
}

test_unknown_value_is_not_a_violation if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [db("aws_db_instance", "patients", {"storage_encrypted": {"__unknown__": "var.encrypt", "refs": ["var.encrypt"]}})]}
}

test_read_replica_inherits_encryption if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [db("aws_db_instance", "replica", {"replicate_source_db": {"__unknown__": "aws_db_instance.patients.identifier", "refs": ["aws_db_instance.patients.identifier"]}})]}
}

test_restores_and_replicas_inherit_encryption if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		db("aws_rds_cluster", "restored", {"snapshot_identifier": "arn:aws:rds:eu-west-1:123456789012:cluster-snapshot:records"}),
		db("aws_db_instance", "restored", {"snapshot_identifier": {"__unknown__": "var.snapshot", "refs": ["var.snapshot"]}}),
		db("aws_db_instance", "pitr", {"restore_to_point_in_time": [{"source_db_instance_identifier": "records", "use_latest_restorable_time": true}]}),
		db("aws_rds_cluster", "secondary", {"global_cluster_identifier": "records-global"}),
		db("aws_rds_cluster", "replica", {"replication_source_identifier": "arn:aws:rds:eu-central-1:123456789012:cluster:records"}),
	]}
}

test_an_empty_source_is_not_a_restore if {
	check.deny == {
		{"resource": "aws_rds_cluster.fresh", "msg": "aws_rds_cluster.fresh does not set storage_encrypted = true (RDS storage is unencrypted by default)"},
		{"resource": "aws_db_instance.fresh", "msg": "aws_db_instance.fresh does not set storage_encrypted = true (RDS storage is unencrypted by default)"},
	} with input as {"type": "terraform", "resources": [
		db("aws_rds_cluster", "fresh", {"snapshot_identifier": ""}),
		db("aws_db_instance", "fresh", {"replicate_source_db": ""}),
	]}
}

# An Aurora global database is judged itself (its members take its encryption):
# storage_encrypted absent, null or false is reported, at the argument when false.
test_global_cluster_without_encryption_is_reported if {
	check.deny == {
		{"resource": "aws_rds_global_cluster.absent", "msg": "aws_rds_global_cluster.absent does not set storage_encrypted = true (RDS storage is unencrypted by default)"},
		{"resource": "aws_rds_global_cluster.null", "msg": "aws_rds_global_cluster.null does not set storage_encrypted = true (RDS storage is unencrypted by default)"},
		{"resource": "aws_rds_global_cluster.off", "path": ["config", "storage_encrypted"], "msg": "aws_rds_global_cluster.off sets storage_encrypted = false"},
	} with input as {"type": "terraform", "resources": [
		db("aws_rds_global_cluster", "absent", {"global_cluster_identifier": "records-global", "engine": "aurora-postgresql"}),
		db("aws_rds_global_cluster", "null", {"global_cluster_identifier": "claims-global", "storage_encrypted": null}),
		db("aws_rds_global_cluster", "off", {"global_cluster_identifier": "notes-global", "storage_encrypted": false}),
		db("aws_rds_cluster", "primary", {"global_cluster_identifier": {"__unknown__": "aws_rds_global_cluster.absent.id", "refs": ["aws_rds_global_cluster.absent.id"]}}),
	]}
}

# Encrypted or unknown, or built from an existing cluster (source_db_cluster_identifier, even
# unknown: that cluster's encryption applies, and the cluster is judged itself). Its own
# global_cluster_identifier (its name) is not a source.
test_global_cluster_encrypted_unknown_or_from_a_source_passes if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		db("aws_rds_global_cluster", "a", {"global_cluster_identifier": "a", "storage_encrypted": true}),
		db("aws_rds_global_cluster", "b", {"global_cluster_identifier": "b", "storage_encrypted": {"__unknown__": "var.encrypt", "refs": ["var.encrypt"]}}),
		db("aws_rds_global_cluster", "c", {"global_cluster_identifier": "c", "source_db_cluster_identifier": {"__unknown__": "aws_rds_cluster.records.arn", "refs": ["aws_rds_cluster.records.arn"]}}),
		db("aws_rds_global_cluster", "d", {"global_cluster_identifier": "d", "source_db_cluster_identifier": "arn:aws:rds:eu-west-1:123456789012:cluster:records", "force_destroy": true}),
	]}
	check.deny == {{"resource": "aws_rds_global_cluster.e", "msg": "aws_rds_global_cluster.e does not set storage_encrypted = true (RDS storage is unencrypted by default)"}} with input as {"type": "terraform", "resources": [db("aws_rds_global_cluster", "e", {"global_cluster_identifier": "e", "source_db_cluster_identifier": ""})]}
}
