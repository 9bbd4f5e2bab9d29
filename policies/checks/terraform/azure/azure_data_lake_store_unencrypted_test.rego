package evident.checks.terraform.azure_data_lake_store_unencrypted_test

import data.evident.checks.terraform.azure_data_lake_store_unencrypted as check
import data.evident.lib.tf_fixtures_test as tf

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
	} with input as tf.doc([
		tf.res("azurerm_data_lake_store", "raw", {"encryption_state": "Disabled"}),
		tf.res("azurerm_data_lake_store", "lower", {"encryption_state": "disabled"}),
	])
}

test_enabled_default_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("azurerm_data_lake_store", "enabled", {"encryption_state": "Enabled", "encryption_type": "ServiceManaged"}),
		tf.res("azurerm_data_lake_store", "default", {"name": "records"}),
		tf.res("azurerm_data_lake_store", "nulled", {"encryption_state": null}),
		tf.res("azurerm_data_lake_store", "variable", {"encryption_state": tf.unknown("var.encryption")}),
		tf.res("azurerm_data_lake_store", "reference", {"encryption_state": tf.unknown("local.lake.encryption")}),
	])
}

# Only the store next to it is reported.
test_other_resources_are_ignored if {
	check.deny == {{
		"resource": "azurerm_data_lake_store.raw",
		"path": ["config", "encryption_state"],
		"msg": "azurerm_data_lake_store.raw sets encryption_state = \"Disabled\": its files are stored unencrypted",
	}} with input as tf.doc([
		tf.res("azurerm_data_lake_store", "raw", {"encryption_state": "Disabled"}),
		tf.res("azurerm_data_lake_analytics_account", "a", {"encryption_state": "Disabled"}),
	])
}
