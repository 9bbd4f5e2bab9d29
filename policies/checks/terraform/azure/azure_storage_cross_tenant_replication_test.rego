package evident.checks.terraform.azure_storage_cross_tenant_replication_test

import data.evident.checks.terraform.azure_storage_cross_tenant_replication as check

account(name, config) := {
	"id": concat(".", ["azurerm_storage_account", name]), "mode": "managed", "type": "azurerm_storage_account", "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": config,
}

test_cross_tenant_replication_is_reported if {
	check.deny == {
		{
			"resource": "azurerm_storage_account.exports",
			"path": ["config", "cross_tenant_replication_enabled"],
			"msg": "azurerm_storage_account.exports sets cross_tenant_replication_enabled = true: object replication may copy its blobs to a storage account in another tenant",
		},
		{
			"resource": "azurerm_storage_account.quoted",
			"path": ["config", "cross_tenant_replication_enabled"],
			"msg": "azurerm_storage_account.quoted sets cross_tenant_replication_enabled = true: object replication may copy its blobs to a storage account in another tenant",
		},
	} with input as {"type": "terraform", "resources": [
		account("exports", {"cross_tenant_replication_enabled": true}),
		account("quoted", {"cross_tenant_replication_enabled": "true"}),
	]}
}

test_off_absent_and_unknown_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		account("off", {"cross_tenant_replication_enabled": false}),
		account("absent", {}),
		account("unknown", {"cross_tenant_replication_enabled": {"__unknown__": "var.replicate", "refs": ["var.replicate"]}}),
	]}
}
