package evident.checks.terraform.azure_data_lake_store_unencrypted_test

import data.evident.checks.terraform.azure_data_lake_store_unencrypted as check

res(type, name, config) := {
	"id": concat(".", [type, name]), "mode": "managed", "type": type, "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": config,
}

unknown(expr) := {"__unknown__": expr, "refs": [expr]}

test_disabled_encryption_is_reported if {
	check.deny == {
		{
			"resource": "azurerm_data_lake_store.raw",
			"path": ["config", "encryption_state"],
			"msg": "azurerm_data_lake_store.raw sets encryption_state = \"Disabled\": its files are stored unencrypted",
		},
		{
			"resource": "azurerm_data_lake_store.lower",
			"path": ["config", "encryption_state"],
			"msg": "azurerm_data_lake_store.lower sets encryption_state = \"disabled\": its files are stored unencrypted",
		},
	} with input as {"type": "terraform", "resources": [
		res("azurerm_data_lake_store", "raw", {"encryption_state": "Disabled"}),
		res("azurerm_data_lake_store", "lower", {"encryption_state": "disabled"}),
	]}
}

test_enabled_default_and_unknown_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		res("azurerm_data_lake_store", "enabled", {"encryption_state": "Enabled", "encryption_type": "ServiceManaged"}),
		res("azurerm_data_lake_store", "default", {"name": "records"}),
		res("azurerm_data_lake_store", "nulled", {"encryption_state": null}),
		res("azurerm_data_lake_store", "variable", {"encryption_state": unknown("var.encryption")}),
		res("azurerm_data_lake_store", "reference", {"encryption_state": unknown("local.lake.encryption")}),
	]}
}

test_other_resources_are_ignored if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [res("azurerm_data_lake_analytics_account", "a", {"encryption_state": "Disabled"})]}
}
