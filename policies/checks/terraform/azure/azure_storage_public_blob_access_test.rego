package evident.checks.terraform.azure_storage_public_blob_access_test

import data.evident.checks.terraform.azure_storage_public_blob_access as check

res(type, name, config) := {
	"id": concat(".", [type, name]), "mode": "managed", "type": type, "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": config,
}

test_public_container_and_account_are_reported if {
	check.deny == {
		{
			"resource": "azurerm_storage_container.scans",
			"path": ["config", "container_access_type"],
			"msg": "azurerm_storage_container.scans allows anonymous read access (container_access_type = \"container\")",
		},
		{
			"resource": "azurerm_storage_account.records",
			"path": ["config", "allow_nested_items_to_be_public"],
			"msg": "azurerm_storage_account.records sets allow_nested_items_to_be_public = true: its containers can be made public",
		},
	} with input as {"type": "terraform", "resources": [
		res("azurerm_storage_account", "records", {"allow_nested_items_to_be_public": true}),
		res("azurerm_storage_container", "scans", {"container_access_type": "container"}),
	]}
}

test_private_and_unknown_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		res("azurerm_storage_account", "records", {"allow_nested_items_to_be_public": false}),
		res("azurerm_storage_account", "legacy", {"allow_blob_public_access": {"__unknown__": "var.public", "refs": ["var.public"]}}),
		res("azurerm_storage_container", "a", {"container_access_type": "private"}),
		res("azurerm_storage_container", "b", {}),
	]}
}
