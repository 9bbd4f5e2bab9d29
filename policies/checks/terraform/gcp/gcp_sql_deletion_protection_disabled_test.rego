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

store(type, name, config) := {
	"id": concat(".", [type, name]), "mode": "managed", "type": type, "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": config,
}

test_other_stores_with_protection_off_are_reported if {
	check.deny == {
		{
			"resource": "google_spanner_database.scheduling",
			"path": ["config", "deletion_protection"],
			"msg": "google_spanner_database.scheduling sets deletion_protection = false: Terraform can drop the database and its records",
		},
		{
			"resource": "google_bigtable_instance.vitals",
			"path": ["config", "deletion_protection"],
			"msg": "google_bigtable_instance.vitals sets deletion_protection = false: Terraform can delete the instance, its tables and their backups",
		},
		{
			"resource": "google_bigquery_table.encounters",
			"path": ["config", "deletion_protection"],
			"msg": "google_bigquery_table.encounters sets deletion_protection = false: Terraform can delete the table and its rows",
		},
	} with input as {"type": "terraform", "resources": [
		store("google_spanner_database", "scheduling", {"deletion_protection": false}),
		store("google_bigtable_instance", "vitals", {"deletion_protection": "false"}),
		store("google_bigquery_table", "encounters", {"deletion_protection": false}),
		store("google_bigquery_table", "kept", {}),
		store("google_spanner_database", "guarded", {"deletion_protection": true, "enable_drop_protection": true}),
	]}
}
