package evident.checks.terraform.azure_database_public_network_test

import data.evident.checks.terraform.azure_database_public_network as check

res(type, name, config) := {
	"id": concat(".", [type, name]), "mode": "managed", "type": type, "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": config,
}

unknown(expr) := {"__unknown__": expr, "refs": [expr]}

test_explicit_and_default_public_access_are_reported if {
	check.deny == {
		{
			"resource": "azurerm_mssql_server.records",
			"path": ["config", "public_network_access_enabled"],
			"msg": "azurerm_mssql_server.records sets public_network_access_enabled = true",
		},
		{
			"resource": "azurerm_postgresql_flexible_server.app",
			"msg": "azurerm_postgresql_flexible_server.app does not set public_network_access_enabled = false (public network access is on by default)",
		},
	} with input as {"type": "terraform", "resources": [
		res("azurerm_mssql_server", "records", {"public_network_access_enabled": true}),
		res("azurerm_postgresql_flexible_server", "app", {"version": "16"}),
	]}
}

test_private_servers_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		res("azurerm_mssql_server", "off", {"public_network_access_enabled": false}),
		res("azurerm_mysql_server", "unknown", {"public_network_access_enabled": unknown("var.public")}),
		res("azurerm_postgresql_flexible_server", "vnet", {"delegated_subnet_id": unknown("azurerm_subnet.db.id")}),
	]}
}
