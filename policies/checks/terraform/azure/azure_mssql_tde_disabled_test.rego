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
