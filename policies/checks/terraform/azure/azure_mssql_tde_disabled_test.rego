package evident.checks.terraform.azure_mssql_tde_disabled_test

import data.evident.checks.terraform.azure_mssql_tde_disabled as check

db(name, config) := {
	"id": concat(".", ["azurerm_mssql_database", name]), "mode": "managed", "type": "azurerm_mssql_database", "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": config,
}

test_tde_off_is_reported if {
	check.deny == {{
		"resource": "azurerm_mssql_database.records",
		"path": ["config", "transparent_data_encryption_enabled"],
		"msg": "azurerm_mssql_database.records turns transparent data encryption off: data, logs and backups are stored unencrypted",
	}} with input as {"type": "terraform", "resources": [db("records", {"transparent_data_encryption_enabled": false})]}
}

test_default_on_and_unknown_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		db("a", {}),
		db("b", {"transparent_data_encryption_enabled": true}),
		db("c", {"transparent_data_encryption_enabled": {"__unknown__": "var.tde", "refs": ["var.tde"]}}),
	]}
}

pool(name, config) := {
	"id": concat(".", ["azurerm_synapse_sql_pool", name]), "mode": "managed", "type": "azurerm_synapse_sql_pool", "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": config,
}

test_synapse_pool_without_tde_is_reported if {
	check.deny == {
		{
			"resource": "azurerm_synapse_sql_pool.absent",
			"msg": "azurerm_synapse_sql_pool.absent leaves data_encrypted out: the dedicated SQL pool starts without transparent data encryption, so its data, logs and backups are stored unencrypted",
		},
		{
			"resource": "azurerm_synapse_sql_pool.off",
			"path": ["config", "data_encrypted"],
			"msg": "azurerm_synapse_sql_pool.off sets data_encrypted = false: the dedicated SQL pool's data, logs and backups are stored unencrypted",
		},
	} with input as {"type": "terraform", "resources": [
		pool("absent", {"sku_name": "DW100c"}),
		pool("off", {"data_encrypted": false}),
	]}
}

test_synapse_pool_with_tde_or_unknown_passes if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		pool("on", {"data_encrypted": true}),
		pool("unknown", {"data_encrypted": {"__unknown__": "var.tde", "refs": ["var.tde"]}}),
	]}
}
