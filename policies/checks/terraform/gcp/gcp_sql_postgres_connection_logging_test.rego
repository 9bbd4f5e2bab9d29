package evident.checks.terraform.gcp_sql_postgres_connection_logging_test

import data.evident.checks.terraform.gcp_sql_postgres_connection_logging as check

instance(name, version, flags) := {
	"id": concat(".", ["google_sql_database_instance", name]), "mode": "managed", "type": "google_sql_database_instance", "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": {"database_version": version, "settings": [{"database_flags": flags}]},
}

test_missing_flags_are_reported if {
	check.deny == {
		{
			"resource": "google_sql_database_instance.a",
			"path": ["config", "settings", 0],
			"msg": "google_sql_database_instance.a does not turn on the database flags log_connections, log_disconnections: connections are not logged",
		},
		{
			"resource": "google_sql_database_instance.b",
			"path": ["config", "settings", 0],
			"msg": "google_sql_database_instance.b does not turn on the database flags log_disconnections: connections are not logged",
		},
	} with input as {"type": "terraform", "resources": [
		instance("a", "POSTGRES_16", []),
		instance("b", "POSTGRES_15", [{"name": "log_connections", "value": "on"}, {"name": "log_disconnections", "value": "off"}]),
	]}
}

test_logged_mysql_and_unknown_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		instance("a", "POSTGRES_16", [{"name": "log_connections", "value": "on"}, {"name": "log_disconnections", "value": "on"}]),
		instance("b", "MYSQL_8_0", []),
		instance("c", "POSTGRES_16", [{"name": "log_connections", "value": {"__unknown__": "var.v", "refs": ["var.v"]}}, {"name": "log_disconnections", "value": "on"}]),
		instance("d", {"__unknown__": "var.version", "refs": ["var.version"]}, []),
	]}
}
