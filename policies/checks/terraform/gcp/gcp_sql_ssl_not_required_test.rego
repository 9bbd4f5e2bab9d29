package evident.checks.terraform.gcp_sql_ssl_not_required_test

import data.evident.checks.terraform.gcp_sql_ssl_not_required as check

instance(name, config) := {
	"id": concat(".", ["google_sql_database_instance", name]), "mode": "managed", "type": "google_sql_database_instance", "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": config,
}

test_each_form_is_reported if {
	check.deny == {
		{
			"resource": "google_sql_database_instance.a",
			"path": ["config", "settings", 0, "ip_configuration", 0, "ssl_mode"],
			"msg": "google_sql_database_instance.a sets ssl_mode = \"ALLOW_UNENCRYPTED_AND_ENCRYPTED\": clients may connect without TLS",
		},
		{
			"resource": "google_sql_database_instance.b",
			"path": ["config", "settings", 0, "ip_configuration", 0, "require_ssl"],
			"msg": "google_sql_database_instance.b sets require_ssl = false: clients may connect without TLS",
		},
		{
			"resource": "google_sql_database_instance.c",
			"path": ["config", "settings", 0],
			"msg": "google_sql_database_instance.c does not set ip_configuration.ssl_mode: clients may connect without TLS (the default)",
		},
	} with input as {"type": "terraform", "resources": [
		instance("a", {"settings": [{"ip_configuration": [{"ssl_mode": "ALLOW_UNENCRYPTED_AND_ENCRYPTED"}]}]}),
		instance("b", {"settings": [{"ip_configuration": [{"require_ssl": false}]}]}),
		instance("c", {"settings": [{"tier": "db-f1-micro"}]}),
	]}
}

test_enforced_tls_replica_and_unknown_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		instance("a", {"settings": [{"ip_configuration": [{"ssl_mode": "ENCRYPTED_ONLY"}]}]}),
		instance("b", {"settings": [{"ip_configuration": [{"require_ssl": true}]}]}),
		instance("c", {"settings": [{"ip_configuration": [{"ssl_mode": {"__unknown__": "var.ssl", "refs": ["var.ssl"]}}]}]}),
		instance("d", {"master_instance_name": "primary", "settings": [{"tier": "db-f1-micro"}]}),
		instance("e", {"settings": [{"ip_configuration": [{"ssl_mode": "ENCRYPTED_ONLY", "require_ssl": false}]}]}),
	]}
}
