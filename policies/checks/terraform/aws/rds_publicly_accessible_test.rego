package evident.checks.terraform.rds_publicly_accessible_test

import data.evident.checks.terraform.rds_publicly_accessible as check

db(type, name, config) := {
	"id": concat(".", [type, name]), "mode": "managed", "type": type, "name": name,
	"file": "db.tf", "startLine": 1, "endLine": 9, "config": config,
}

test_public_instance_is_reported if {
	check.deny == {{
		"resource": "aws_db_instance.patients",
		"path": ["config", "publicly_accessible"],
		"msg": "aws_db_instance.patients is publicly accessible from the internet",
	}} with input as {"type": "terraform", "resources": [db("aws_db_instance", "patients", {"publicly_accessible": true})]}
}

test_public_cluster_instance_is_reported if {
	count(check.deny) == 1 with input as {"type": "terraform", "resources": [db("aws_rds_cluster_instance", "a", {"publicly_accessible": true})]}
}

test_private_and_default_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		db("aws_db_instance", "a", {"publicly_accessible": false}),
		db("aws_db_instance", "b", {}),
		db("aws_db_instance", "c", {"publicly_accessible": {"__unknown__": "var.public", "refs": ["var.public"]}}),
	]}
}
