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
