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
