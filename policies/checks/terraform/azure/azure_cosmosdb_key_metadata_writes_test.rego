package evident.checks.terraform.azure_cosmosdb_key_metadata_writes_test

import data.evident.checks.terraform.azure_cosmosdb_key_metadata_writes as check

account(name, config) := {
	"id": concat(".", ["azurerm_cosmosdb_account", name]), "mode": "managed", "type": "azurerm_cosmosdb_account", "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": config,
}

test_default_and_true_are_reported if {
	check.deny == {
		{"resource": "azurerm_cosmosdb_account.a", "msg": "azurerm_cosmosdb_account.a leaves access_key_metadata_writes_enabled on (the default): account keys can change databases and containers"},
		{
			"resource": "azurerm_cosmosdb_account.b",
			"path": ["config", "access_key_metadata_writes_enabled"],
			"msg": "azurerm_cosmosdb_account.b turns access_key_metadata_writes_enabled on: account keys can change databases and containers",
		},
	} with input as {"type": "terraform", "resources": [account("a", {}), account("b", {"access_key_metadata_writes_enabled": true})]}
}

test_disabled_keyless_and_unknown_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		account("a", {"access_key_metadata_writes_enabled": false}),
		account("b", {"local_authentication_disabled": true}),
		account("c", {"access_key_metadata_writes_enabled": {"__unknown__": "var.writes", "refs": ["var.writes"]}}),
	]}
}
