package evident.checks.terraform.gcp_sql_weakening_flags_test

import data.evident.checks.terraform.gcp_sql_weakening_flags as check
import data.evident.lib.tf_fixtures_test as tf

sql(name, version, flags) := tf.res("google_sql_database_instance", name, {"database_version": version, "settings": [{"tier": "db-custom-2-7680", "database_flags": flags}]})

test_weakening_flags_are_reported if {
	check.deny == {
		{"resource": "google_sql_database_instance.a", "path": ["config", "settings", 0, "database_flags", 1, "value"], "msg": "google_sql_database_instance.a turns on the database flag contained database authentication: users authenticate inside a database, outside the server's logins"},
		{"resource": "google_sql_database_instance.a", "path": ["config", "settings", 0, "database_flags", 2, "value"], "msg": "google_sql_database_instance.a turns on the database flag cross db ownership chaining: ownership chains reach other databases without permissions there"},
		{"resource": "google_sql_database_instance.a", "path": ["config", "settings", 0, "database_flags", 3, "value"], "msg": "google_sql_database_instance.a turns on the database flag external scripts enabled: R and Python scripts run inside the engine with its access to every database"},
		{"resource": "google_sql_database_instance.b", "path": ["config", "settings", 0, "database_flags", 0, "value"], "msg": "google_sql_database_instance.b turns on the database flag local_infile: LOAD DATA LOCAL reads files across the connection"},
	} with input as tf.doc([
		sql("a", "SQLSERVER_2019_STANDARD", [
			{"name": "user connections", "value": "100"},
			{"name": "contained database authentication", "value": "on"},
			{"name": "cross db ownership chaining", "value": "ON"},
			{"name": "external scripts enabled", "value": "on"},
		]),
		sql("b", "MYSQL_8_0", [{"name": "local_infile", "value": "on"}]),
	])
}

# Off, unset, unknown, a flag of another engine, no settings.
test_flags_off_pass if {
	count(check.deny) == 0 with input as tf.doc([
		sql("a", "SQLSERVER_2019_STANDARD", [{"name": "contained database authentication", "value": "off"}, {"name": "external scripts enabled", "value": "off"}]),
		sql("b", "MYSQL_8_0", [{"name": "local_infile", "value": tf.unknown("var.local_infile")}]),
		sql("c", "POSTGRES_15", [{"name": "local_infile", "value": "on"}]),
		sql("d", "MYSQL_8_0", [{"name": "slow_query_log", "value": "on"}]),
		tf.res("google_sql_database_instance", "e", {"database_version": "MYSQL_8_0"}),
		tf.res("google_sql_database_instance", "f", {"database_version": tf.unknown("var.version"), "settings": [{"database_flags": [{"name": "local_infile", "value": "on"}]}]}),
	])
}
