package evident.checks.terraform.rds_backups_disabled_test

import data.evident.checks.terraform.rds_backups_disabled as check

db(type, config) := {
	"id": concat(".", [type, "main"]), "mode": "managed", "type": type, "name": "main",
	"file": "db.tf", "startLine": 1, "endLine": 9, "config": config,
}

test_zero_retention_is_reported if {
	check.deny == {{
		"resource": "aws_db_instance.main",
		"path": ["config", "backup_retention_period"],
		"msg": "aws_db_instance.main disables automated backups (backup_retention_period = 0)",
	}} with input as {"type": "terraform", "resources": [db("aws_db_instance", {"backup_retention_period": 0})]}
}

test_short_retention_is_reported if {
	check.deny == {{
		"resource": "aws_rds_cluster.main",
		"path": ["config", "backup_retention_period"],
		"msg": "aws_rds_cluster.main keeps automated backups for only 3 day(s); at least 7 are expected",
	}} with input as {"type": "terraform", "resources": [db("aws_rds_cluster", {"backup_retention_period": 3})]}
}

test_enough_unset_or_unknown_retention_passes if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		db("aws_db_instance", {"backup_retention_period": 7}),
		db("aws_rds_cluster", {"backup_retention_period": 35}),
		db("aws_db_instance", {}),
		db("aws_rds_cluster", {"backup_retention_period": {"__unknown__": "var.days", "refs": ["var.days"]}}),
	]}
}

test_unset_retention_is_reported if {
	check.deny == {{
		"resource": "aws_db_instance.main",
		"msg": "aws_db_instance.main does not set backup_retention_period, so the provider creates it with 0 days (automated backups are off)",
	}} with input as {"type": "terraform", "resources": [db("aws_db_instance", {"engine": "postgres"})]}
	check.deny == {{
		"resource": "aws_rds_cluster.main",
		"msg": "aws_rds_cluster.main does not set backup_retention_period, so automated backups are kept for the default 1 day; at least 7 are expected",
	}} with input as {"type": "terraform", "resources": [db("aws_rds_cluster", {"engine": "aurora-postgresql", "backup_retention_period": null})]}
}

test_unset_retention_of_replicas_restores_aurora_and_unknown_engine_passes if {
	count(check.deny) == 0 with input as {"type": "terraform", "modules": [], "resources": [
		db("aws_db_instance", {"engine": "postgres", "replicate_source_db": {"__unknown__": "aws_db_instance.primary.identifier", "refs": ["aws_db_instance.primary.identifier"]}}),
		db("aws_db_instance", {"engine": "mysql", "snapshot_identifier": "records-2024-01-01"}),
		db("aws_db_instance", {"engine": "mysql", "restore_to_point_in_time": [{"use_latest_restorable_time": true}]}),
		db("aws_db_instance", {"engine": "mysql", "dynamic": {"s3_import": [{"for_each": {"__unknown__": "var.imports", "refs": ["var.imports"]}}]}}),
		db("aws_db_instance", {"engine": "aurora-mysql"}),
		db("aws_db_instance", {"engine": "postgres", "cluster_identifier": "records"}),
		db("aws_db_instance", {"engine": {"__unknown__": "var.engine", "refs": ["var.engine"]}}),
		db("aws_rds_cluster", {"engine": "aurora-mysql", "replication_source_identifier": "arn:aws:rds:eu-west-1:123456789012:cluster:records"}),
		db("aws_rds_cluster", {"engine": "aurora-mysql", "snapshot_identifier": "records-final"}),
		db("aws_rds_cluster", {"engine": "aurora-postgresql", "global_cluster_identifier": "records-global"}),
	]}
}

test_unset_retention_of_module_resources if {
	instance := object.union(db("aws_db_instance", {"engine": "postgres"}), {"id": "module.db.aws_db_instance.this", "created_by": {"call": "module.db"}})
	cluster := object.union(db("aws_rds_cluster", {"engine": "aurora-postgresql"}), {"id": "module.aurora.aws_rds_cluster.this", "created_by": {"call": "module.aurora"}})

	# the rds module passes the provider's default on when no restore or blue/green update is asked for
	check.deny == {{
		"resource": "module.db.aws_db_instance.this",
		"msg": "module.db.aws_db_instance.this does not set backup_retention_period, so the provider creates it with 0 days (automated backups are off)",
	}} with input as {"type": "terraform", "modules": [{"id": "module.db", "config": {"engine": "postgres"}}], "resources": [instance]}
	count(check.deny) == 0 with input as {"type": "terraform", "modules": [{"id": "module.db", "config": {"restore_to_point_in_time": {"use_latest_restorable_time": true}}}], "resources": [instance]}
	count(check.deny) == 0 with input as {"type": "terraform", "modules": [{"id": "module.db", "config": {"blue_green_update": {"enabled": true}}}], "resources": [instance]}

	# the rds-aurora module's own default was 7 days in some versions
	count(check.deny) == 0 with input as {"type": "terraform", "modules": [{"id": "module.aurora", "config": {}}], "resources": [cluster]}
}

test_quoted_retention_is_read_as_a_number if {
	check.deny == {{
		"resource": "aws_db_instance.main",
		"path": ["config", "backup_retention_period"],
		"msg": "aws_db_instance.main disables automated backups (backup_retention_period = 0)",
	}} with input as {"type": "terraform", "resources": [db("aws_db_instance", {"backup_retention_period": "0"})]}
	check.deny == {{
		"resource": "aws_rds_cluster.main",
		"path": ["config", "backup_retention_period"],
		"msg": "aws_rds_cluster.main keeps automated backups for only 3 day(s); at least 7 are expected",
	}} with input as {"type": "terraform", "resources": [db("aws_rds_cluster", {"backup_retention_period": "3"})]}
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [db("aws_rds_cluster", {"backup_retention_period": "7"})]}
}
