package evident.checks.terraform.azure_storage_legacy_tls_test

import data.evident.checks.terraform.azure_storage_legacy_tls as check

account(name, config) := {
	"id": concat(".", ["azurerm_storage_account", name]), "mode": "managed", "type": "azurerm_storage_account", "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": config,
}

test_tls_1_0_is_reported if {
	check.deny == {{
		"resource": "azurerm_storage_account.old",
		"path": ["config", "min_tls_version"],
		"msg": "azurerm_storage_account.old allows TLS1_0 (min_tls_version below TLS1_2)",
	}} with input as {"type": "terraform", "resources": [account("old", {"min_tls_version": "TLS1_0"})]}
}

test_tls_1_2_default_and_unknown_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		account("a", {}),
		account("b", {"min_tls_version": "TLS1_2"}),
		account("c", {"min_tls_version": {"__unknown__": "var.tls", "refs": ["var.tls"]}}),
	]}
}
