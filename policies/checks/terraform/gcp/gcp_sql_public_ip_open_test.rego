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

dyn(for_each, content) := {"for_each": for_each, "content": [content]}

test_literal_content_of_dynamic_blocks_is_reported if {
	check.deny == {
		{
			"resource": "google_sql_database_instance.networks",
			"path": ["config", "settings", 0, "ip_configuration", 0, "dynamic", "authorized_networks", 1, "content", 0, "value"],
			"msg": "google_sql_database_instance.networks authorizes 0.0.0.0/0 on its public IP: any address can connect",
		},
		{
			"resource": "google_sql_database_instance.ip",
			"path": ["config", "settings", 0, "dynamic", "ip_configuration", 0, "content", 0, "authorized_networks", 0, "value"],
			"msg": "google_sql_database_instance.ip authorizes 0.0.0.0/0 on its public IP: any address can connect",
		},
		{
			"resource": "google_sql_database_instance.map",
			"path": ["config", "settings", 0, "ip_configuration", 0, "dynamic", "authorized_networks", 0, "content", 0, "value"],
			"msg": "google_sql_database_instance.map authorizes 0.0.0.0/0 on its public IP: any address can connect",
		},
	} with input as {"type": "terraform", "resources": [
		instance("networks", {"dynamic": {"authorized_networks": [
			dyn([1], {"value": "203.0.113.0/24"}),
			dyn([1], {"name": "all", "value": "0.0.0.0/0"}),
		]}}),
		object.union(instance("ip", {}), {"config": {"settings": [{"dynamic": {"ip_configuration": [dyn([1], {"ipv4_enabled": true, "authorized_networks": [{"value": "0.0.0.0/0"}]})]}}]}}),
		instance("map", {"dynamic": {"authorized_networks": [dyn({"all": "x"}, {"value": "0.0.0.0/0"})]}}),
	]}
}

test_iterator_values_and_unresolved_dynamic_blocks_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		instance("iterator", {"dynamic": {"authorized_networks": [dyn(["0.0.0.0/0"], {"value": {"__unknown__": "authorized_networks.value", "refs": ["authorized_networks.value"]}})]}}),
		instance("unknown_for_each", {"dynamic": {"authorized_networks": [dyn({"__unknown__": "var.public ? [1] : []", "refs": ["var.public"]}, {"value": "0.0.0.0/0"})]}}),
		instance("empty_for_each", {"dynamic": {"authorized_networks": [dyn([], {"value": "0.0.0.0/0"})]}}),
		instance("private", {"ipv4_enabled": false, "dynamic": {"authorized_networks": [dyn([1], {"value": "0.0.0.0/0"})]}}),
		object.union(instance("ip_iterator", {}), {"config": {"settings": [{"dynamic": {"ip_configuration": [dyn([1], {
			"ipv4_enabled": {"__unknown__": "ip_configuration.value.public", "refs": ["ip_configuration.value.public"]},
			"authorized_networks": [{"value": "0.0.0.0/0"}],
		})]}}]}}),
	]}
}

test_null_ipv4_enabled_keeps_the_public_default if {
	check.deny == {{
		"resource": "google_sql_database_instance.n",
		"path": ["config", "settings", 0, "ip_configuration", 0, "authorized_networks", 0, "value"],
		"msg": "google_sql_database_instance.n authorizes 0.0.0.0/0 on its public IP: any address can connect",
	}} with input as {"type": "terraform", "resources": [
		instance("n", {"ipv4_enabled": null, "authorized_networks": [{"value": "0.0.0.0/0"}]}),
		instance("f", {"ipv4_enabled": false, "authorized_networks": [{"value": "0.0.0.0/0"}]}),
	]}
}
