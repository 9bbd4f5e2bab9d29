package evident.checks.terraform.azure_storage_https_disabled_test

import data.evident.checks.terraform.azure_storage_https_disabled as check

account(config) := {
	"id": "azurerm_storage_account.records", "mode": "managed", "type": "azurerm_storage_account", "name": "records",
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": config,
}

test_explicit_false_is_reported if {
	check.deny == {{
		"resource": "azurerm_storage_account.records",
		"path": ["config", "https_traffic_only_enabled"],
		"msg": "azurerm_storage_account.records sets https_traffic_only_enabled = false: the account accepts unencrypted HTTP requests",
	}} with input as {"type": "terraform", "resources": [account({"https_traffic_only_enabled": false})]}
}

test_legacy_attribute_is_reported if {
	check.deny == {{
		"resource": "azurerm_storage_account.records",
		"path": ["config", "enable_https_traffic_only"],
		"msg": "azurerm_storage_account.records sets enable_https_traffic_only = false: the account accepts unencrypted HTTP requests",
	}} with input as {"type": "terraform", "resources": [account({"enable_https_traffic_only": false})]}
}

test_default_true_and_unknown_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		account({}),
		account({"https_traffic_only_enabled": true}),
		account({"https_traffic_only_enabled": {"__unknown__": "var.https", "refs": ["var.https"]}}),
	]}
}
