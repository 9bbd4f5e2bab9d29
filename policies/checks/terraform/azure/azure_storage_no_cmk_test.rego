package evident.checks.terraform.azure_storage_no_cmk_test

import data.evident.checks.terraform.azure_storage_no_cmk as check

res(type, name, config) := {
	"id": concat(".", [type, name]), "mode": "managed", "type": type, "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": config,
}

unknown(expr) := {"__unknown__": expr, "refs": [expr]}

test_platform_keys_only_is_reported if {
	check.deny == {{
		"resource": "azurerm_storage_account.records",
		"msg": "azurerm_storage_account.records is encrypted only with Microsoft-managed keys (no customer-managed key, no infrastructure encryption)",
	}} with input as {"type": "terraform", "resources": [res("azurerm_storage_account", "records", {"infrastructure_encryption_enabled": false})]}
}

test_cmk_or_double_encryption_passes if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		res("azurerm_storage_account", "inline", {"customer_managed_key": [{"key_vault_key_id": unknown("azurerm_key_vault_key.k.id")}]}),
		res("azurerm_storage_account", "separate", {}),
		res("azurerm_storage_account_customer_managed_key", "separate", {"storage_account_id": unknown("azurerm_storage_account.separate.id")}),
		res("azurerm_storage_account", "double", {"infrastructure_encryption_enabled": true}),
		res("azurerm_storage_account", "unknown", {"infrastructure_encryption_enabled": unknown("var.double")}),
	]}
}
