package evident.checks.terraform.gcp_sql_public_ip_open_test

import data.evident.checks.terraform.gcp_sql_public_ip_open as check

instance(name, ip) := {
	"id": concat(".", ["google_sql_database_instance", name]), "mode": "managed", "type": "google_sql_database_instance", "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": {"settings": [{"tier": "db-f1-micro", "ip_configuration": [ip]}]},
}

test_open_authorized_network_is_reported if {
	check.deny == {{
		"resource": "google_sql_database_instance.records",
		"path": ["config", "settings", 0, "ip_configuration", 0, "authorized_networks", 1, "value"],
		"msg": "google_sql_database_instance.records authorizes 0.0.0.0/0 on its public IP: any address can connect",
	}} with input as {"type": "terraform", "resources": [instance("records", {"authorized_networks": [
		{"name": "office", "value": "203.0.113.0/24"},
		{"name": "all", "value": "0.0.0.0/0"},
	]})]}
}

test_private_or_narrow_instances_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		instance("a", {"authorized_networks": [{"value": "203.0.113.0/24"}]}),
		instance("b", {"ipv4_enabled": false, "authorized_networks": [{"value": "0.0.0.0/0"}]}),
		instance("c", {"authorized_networks": [{"value": {"__unknown__": "var.cidr", "refs": ["var.cidr"]}}]}),
		instance("d", {"ipv4_enabled": {"__unknown__": "var.public", "refs": ["var.public"]}, "authorized_networks": [{"value": "0.0.0.0/0"}]}),
	]}
}
