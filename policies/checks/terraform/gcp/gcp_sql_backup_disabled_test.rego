package evident.checks.terraform.gcp_sql_backup_disabled_test

import data.evident.checks.terraform.gcp_sql_backup_disabled as check

instance(name, config) := {
	"id": concat(".", ["google_sql_database_instance", name]), "mode": "managed", "type": "google_sql_database_instance", "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": config,
}

test_missing_and_disabled_backups_are_reported if {
	check.deny == {
		{
			"resource": "google_sql_database_instance.a",
			"path": ["config", "settings", 0],
			"msg": "google_sql_database_instance.a has no backup_configuration: automated backups are off",
		},
		{
			"resource": "google_sql_database_instance.b",
			"path": ["config", "settings", 0, "backup_configuration", 0],
			"msg": "google_sql_database_instance.b does not enable backup_configuration: automated backups are off",
		},
	} with input as {"type": "terraform", "resources": [
		instance("a", {"settings": [{"tier": "db-f1-micro"}]}),
		instance("b", {"settings": [{"backup_configuration": [{"enabled": false}]}]}),
	]}
}

test_backups_replicas_and_unknown_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		instance("a", {"settings": [{"backup_configuration": [{"enabled": true}]}]}),
		instance("b", {"settings": [{"backup_configuration": [{"enabled": {"__unknown__": "var.backups", "refs": ["var.backups"]}}]}]}),
		instance("c", {"master_instance_name": "a", "settings": [{"tier": "db-f1-micro"}]}),
	]}
}
