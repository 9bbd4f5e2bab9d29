package evident.checks.terraform.gcp_sql_deletion_protection_disabled_test

import data.evident.checks.terraform.gcp_sql_deletion_protection_disabled as check

instance(name, config) := {
	"id": concat(".", ["google_sql_database_instance", name]), "mode": "managed", "type": "google_sql_database_instance", "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": config,
}

test_explicit_false_is_reported if {
	check.deny == {{
		"resource": "google_sql_database_instance.a",
		"path": ["config", "deletion_protection"],
		"msg": "google_sql_database_instance.a sets deletion_protection = false: Terraform can delete the instance and its backups",
	}} with input as {"type": "terraform", "resources": [instance("a", {"deletion_protection": false})]}
}

test_default_true_and_unknown_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		instance("a", {}),
		instance("b", {"deletion_protection": true}),
		instance("c", {"deletion_protection": {"__unknown__": "var.protect", "refs": ["var.protect"]}}),
	]}
}
