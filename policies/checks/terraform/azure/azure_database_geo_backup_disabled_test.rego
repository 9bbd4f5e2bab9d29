package evident.checks.terraform.azure_database_geo_backup_disabled_test

import data.evident.checks.terraform.azure_database_geo_backup_disabled as check

res(type, name, config) := {
	"id": concat(".", [type, name]), "mode": "managed", "type": type, "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": config,
}

test_absent_and_false_are_reported if {
	check.deny == {
		{"resource": "azurerm_postgresql_flexible_server.a", "msg": "azurerm_postgresql_flexible_server.a does not set geo_redundant_backup_enabled = true: backups stay in one region"},
		{
			"resource": "azurerm_mysql_server.b",
			"path": ["config", "geo_redundant_backup_enabled"],
			"msg": "azurerm_mysql_server.b sets geo_redundant_backup_enabled = false: backups stay in one region",
		},
	} with input as {"type": "terraform", "resources": [
		res("azurerm_postgresql_flexible_server", "a", {}),
		res("azurerm_mysql_server", "b", {"geo_redundant_backup_enabled": false}),
	]}
}

test_geo_redundant_and_unknown_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		res("azurerm_postgresql_flexible_server", "a", {"geo_redundant_backup_enabled": true}),
		res("azurerm_mysql_flexible_server", "b", {"geo_redundant_backup_enabled": {"__unknown__": "var.geo", "refs": ["var.geo"]}}),
		res("azurerm_mssql_server", "c", {}),
	]}
}

test_replicas_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		res("azurerm_postgresql_flexible_server", "a", {"create_mode": "Replica", "source_server_id": "x"}),
		res("azurerm_mysql_server", "b", {"create_mode": "replica"}),
		res("azurerm_mysql_flexible_server", "c", {"create_mode": {"__unknown__": "var.mode", "refs": ["var.mode"]}}),
	]}
}

test_other_create_modes_are_reported if {
	{f.resource | some f in check.deny} == {"azurerm_postgresql_flexible_server.a", "azurerm_mysql_server.b"} with input as {"type": "terraform", "resources": [
		res("azurerm_postgresql_flexible_server", "a", {"create_mode": "PointInTimeRestore"}),
		res("azurerm_mysql_server", "b", {"create_mode": "Default"}),
	]}
}
