package evident.checks.terraform.azure_data_factory_public_network_test

import data.evident.checks.terraform.azure_data_factory_public_network as check
import data.evident.lib.tf_fixtures_test as tf

test_explicit_default_and_null_public_access_are_reported if {
	check.deny == {
		{
			"resource": "azurerm_data_factory.etl",
			"path": ["config", "public_network_enabled"],
			"msg": "azurerm_data_factory.etl sets public_network_enabled = true: the factory is managed from the internet",
		},
		{
			"resource": "azurerm_data_factory.default",
			"msg": "azurerm_data_factory.default does not set public_network_enabled = false (public network access is on by default)",
		},
		{
			"resource": "azurerm_data_factory.nulled",
			"msg": "azurerm_data_factory.nulled does not set public_network_enabled = false (public network access is on by default)",
		},
	} with input as tf.doc([
		tf.res("azurerm_data_factory", "etl", {"public_network_enabled": true}),
		tf.res("azurerm_data_factory", "default", {"name": "records-adf"}),
		tf.res("azurerm_data_factory", "nulled", {"public_network_enabled": null}),
	])
}

test_private_and_unknown_factories_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("azurerm_data_factory", "private", {"public_network_enabled": false, "managed_virtual_network_enabled": true}),
		tf.res("azurerm_data_factory", "variable", {"public_network_enabled": tf.unknown("var.public")}),
		tf.res("azurerm_data_factory", "reference", {"public_network_enabled": tf.unknown("local.settings.public")}),
	])
}

# Only the factory next to them is reported.
test_other_resources_are_ignored if {
	check.deny == {{
		"resource": "azurerm_data_factory.etl",
		"path": ["config", "public_network_enabled"],
		"msg": "azurerm_data_factory.etl sets public_network_enabled = true: the factory is managed from the internet",
	}} with input as tf.doc([
		tf.res("azurerm_data_factory", "etl", {"public_network_enabled": true}),
		tf.res("azurerm_data_factory_pipeline", "copy", {"name": "copy"}),
		tf.res("azurerm_synapse_workspace", "ws", {"public_network_access_enabled": true}),
	])
}
