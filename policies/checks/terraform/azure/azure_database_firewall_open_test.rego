package evident.checks.terraform.azure_database_firewall_open_test

import data.evident.checks.terraform.azure_database_firewall_open as check

res(type, name, config) := {
	"id": concat(".", [type, name]), "mode": "managed", "type": type, "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": config,
}

test_full_range_is_reported if {
	check.deny == {
		{
			"resource": "azurerm_mssql_firewall_rule.all",
			"path": ["config", "end_ip_address"],
			"msg": "azurerm_mssql_firewall_rule.all admits every internet address (0.0.0.0 to 255.255.255.255)",
		},
		{
			"resource": "azurerm_redis_firewall_rule.all",
			"path": ["config", "end_ip"],
			"msg": "azurerm_redis_firewall_rule.all admits every internet address (0.0.0.0 to 255.255.255.255)",
		},
	} with input as {"type": "terraform", "resources": [
		res("azurerm_mssql_firewall_rule", "all", {"start_ip_address": "0.0.0.0", "end_ip_address": "255.255.255.255"}),
		res("azurerm_redis_firewall_rule", "all", {"start_ip": "0.0.0.0", "end_ip": "255.255.255.255"}),
	]}
}

test_narrow_azure_services_and_unknown_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		res("azurerm_mssql_firewall_rule", "office", {"start_ip_address": "203.0.113.0", "end_ip_address": "203.0.113.255"}),
		res("azurerm_mssql_firewall_rule", "azure", {"start_ip_address": "0.0.0.0", "end_ip_address": "0.0.0.0"}),
		res("azurerm_postgresql_flexible_server_firewall_rule", "var", {"start_ip_address": "0.0.0.0", "end_ip_address": {"__unknown__": "var.end", "refs": ["var.end"]}}),
	]}
}
