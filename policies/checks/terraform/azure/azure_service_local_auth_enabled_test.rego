package evident.checks.terraform.azure_service_local_auth_enabled_test

import data.evident.checks.terraform.azure_service_local_auth_enabled as check
import data.evident.lib.tf_fixtures_test as tf

test_default_and_true_are_reported if {
	check.deny == {
		{"resource": "azurerm_servicebus_namespace.referrals", "msg": "azurerm_servicebus_namespace.referrals does not set local_auth_enabled = false: its shared access keys and SAS tokens reach its data outside Entra ID (local authentication is on by default)"},
		{
			"resource": "azurerm_eventhub_namespace.telemetry", "path": ["config", "local_authentication_enabled"],
			"msg": "azurerm_eventhub_namespace.telemetry sets local_authentication_enabled = true: its shared access keys and SAS tokens reach its data outside Entra ID",
		},
		{"resource": "azurerm_cognitive_account.transcripts", "msg": "azurerm_cognitive_account.transcripts does not set local_auth_enabled = false: its shared access keys and SAS tokens reach its data outside Entra ID (local authentication is on by default)"},
		{"resource": "azurerm_search_service.records", "msg": "azurerm_search_service.records does not set local_authentication_enabled = false: its shared access keys and SAS tokens reach its data outside Entra ID (local authentication is on by default)"},
	} with input as tf.doc([
		tf.res("azurerm_servicebus_namespace", "referrals", {"sku": "Premium"}),
		tf.res("azurerm_eventhub_namespace", "telemetry", {"local_authentication_enabled": true}),
		tf.res("azurerm_cognitive_account", "transcripts", {"kind": "SpeechServices"}),
		tf.res("azurerm_search_service", "records", {"sku": "standard"}),
	])
}

test_disabled_other_spellings_and_unknowns_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("azurerm_servicebus_namespace", "a", {"local_auth_enabled": false}),
		tf.res("azurerm_eventhub_namespace", "b", {"local_authentication_enabled": false}),
		tf.res("azurerm_eventgrid_topic", "c", {"local_auth_enabled": false}),
		tf.res("azurerm_eventgrid_domain", "d", {"local_auth_enabled": tf.unknown("var.local_auth")}),
		tf.res("azurerm_search_service", "e", {"local_authentication_enabled": false}),
		tf.res("azurerm_cognitive_account", "f", {"local_auth_enabled": false}),
	])
}
