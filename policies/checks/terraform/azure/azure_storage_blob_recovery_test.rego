package evident.checks.terraform.azure_storage_blob_recovery_test

import data.evident.checks.terraform.azure_storage_blob_recovery as check

res(name, config) := {
	"id": concat(".", ["azurerm_storage_account", name]), "mode": "managed", "type": "azurerm_storage_account", "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": config,
}

test_no_recovery_is_reported if {
	check.deny == {
		{"resource": "azurerm_storage_account.a", "msg": "azurerm_storage_account.a keeps no deleted or overwritten blobs: no blob soft delete (delete_retention_policy) and no versioning"},
		{"resource": "azurerm_storage_account.b", "msg": "azurerm_storage_account.b keeps no deleted or overwritten blobs: no blob soft delete (delete_retention_policy) and no versioning"},
	} with input as {"type": "terraform", "resources": [
		res("a", {}),
		res("b", {"blob_properties": [{"versioning_enabled": false, "change_feed_enabled": true}]}),
	]}
}

test_recoverable_accounts_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		res("soft", {"blob_properties": [{"delete_retention_policy": [{"days": 14}]}]}),
		res("versions", {"blob_properties": [{"versioning_enabled": true}]}),
		res("unknown", {"blob_properties": [{"versioning_enabled": {"__unknown__": "var.v", "refs": ["var.v"]}}]}),
		res("files", {"account_kind": "FileStorage"}),
		res("dynamic", {"dynamic": {"blob_properties": [{"content": [{}]}]}}),
	]}
}
