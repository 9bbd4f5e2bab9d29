package evident.checks.terraform.azure_key_vault_purge_protection_test

import data.evident.checks.terraform.azure_key_vault_purge_protection as check

vault(name, config) := {
	"id": concat(".", ["azurerm_key_vault", name]), "mode": "managed", "type": "azurerm_key_vault", "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": config,
}

test_absent_and_false_are_reported if {
	check.deny == {
		{"resource": "azurerm_key_vault.a", "msg": "azurerm_key_vault.a does not set purge_protection_enabled = true: deleted keys and secrets can be purged"},
		{
			"resource": "azurerm_key_vault.b",
			"path": ["config", "purge_protection_enabled"],
			"msg": "azurerm_key_vault.b sets purge_protection_enabled = false: deleted keys and secrets can be purged",
		},
	} with input as {"type": "terraform", "resources": [vault("a", {}), vault("b", {"purge_protection_enabled": false})]}
}

test_protected_and_unknown_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		vault("a", {"purge_protection_enabled": true}),
		vault("b", {"purge_protection_enabled": {"__unknown__": "var.purge", "refs": ["var.purge"]}}),
	]}
}
