package evident.checks.terraform.azure_storage_shared_key_enabled_test

import data.evident.checks.terraform.azure_storage_shared_key_enabled as check
import data.evident.lib.tf_fixtures_test as tf

explicit_msg(id) := concat("", [id, " sets shared_access_key_enabled = true, so account keys and SAS tokens signed with them give full data access outside Entra ID"])

default_msg(id) := concat("", [id, " does not set shared_access_key_enabled = false (the default is true), so account keys and SAS tokens signed with them give full data access outside Entra ID"])

test_explicit_left_out_and_null_are_reported if {
	check.deny == {
		{"resource": "azurerm_storage_account.records", "path": ["config", "shared_access_key_enabled"], "msg": explicit_msg("azurerm_storage_account.records")},
		{"resource": "azurerm_storage_account.exports", "msg": default_msg("azurerm_storage_account.exports")},
		{"resource": "azurerm_storage_account.nulled", "msg": default_msg("azurerm_storage_account.nulled")},
	} with input as tf.doc([
		tf.res("azurerm_storage_account", "records", {"name": "clinicrecords", "shared_access_key_enabled": true}),
		tf.res("azurerm_storage_account", "exports", {"name": "clinicexports"}),
		tf.res("azurerm_storage_account", "nulled", {"name": "clinicnulled", "shared_access_key_enabled": null}),
	])
}

test_disabled_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("azurerm_storage_account", "records", {"name": "clinicrecords", "shared_access_key_enabled": false}),
		tf.res("azurerm_storage_account", "var", {"name": "clinicvar", "shared_access_key_enabled": tf.unknown("var.shared_key")}),
	])
}

# The runtime storage of a function app that connects with the account key is
# not reported: the Functions host needs the key.
test_function_runtime_storage_is_exempt if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("azurerm_storage_account", "linux", {"name": "fnlinux"}),
		tf.res("azurerm_linux_function_app", "intake", {
			"storage_account_name": tf.unknown("azurerm_storage_account.linux.name"),
			"storage_account_access_key": tf.unknown("azurerm_storage_account.linux.primary_access_key"),
		}),
		tf.res("azurerm_storage_account", "windows", {"name": "fnwindows", "shared_access_key_enabled": true}),
		tf.res("azurerm_windows_function_app", "reports", {"storage_account_name": "fnwindows"}),
		tf.res("azurerm_storage_account", "slot", {"name": "fnslot"}),
		tf.res("azurerm_linux_function_app_slot", "staging", {"storage_account_name": tf.unknown("azurerm_storage_account.slot.name")}),
		tf.res("azurerm_storage_account", "legacy", {"name": "fnlegacy"}),
		tf.res("azurerm_function_app", "legacy", {"storage_account_name": tf.unknown("azurerm_storage_account.legacy.name")}),
		tf.res("azurerm_storage_account", "unknown_identity", {"name": "fnunknown"}),
		tf.res("azurerm_linux_function_app", "unknown_identity", {
			"storage_account_name": tf.unknown("azurerm_storage_account.unknown_identity.name"),
			"storage_uses_managed_identity": tf.unknown("var.use_identity"),
		}),
	])
}

# A function app that reaches its storage with its managed identity does not
# need the key; other accounts next to a function app are data stores.
test_identity_based_function_storage_and_other_accounts_are_reported if {
	check.deny == {
		{"resource": "azurerm_storage_account.identity", "msg": default_msg("azurerm_storage_account.identity")},
		{"resource": "azurerm_storage_account.records", "msg": default_msg("azurerm_storage_account.records")},
	} with input as tf.doc([
		tf.res("azurerm_storage_account", "identity", {"name": "fnidentity"}),
		tf.res("azurerm_linux_function_app", "intake", {
			"storage_account_name": tf.unknown("azurerm_storage_account.identity.name"),
			"storage_uses_managed_identity": true,
		}),
		tf.res("azurerm_storage_account", "records", {"name": "clinicrecords"}),
		tf.res("azurerm_storage_account", "runtime", {"name": "fnruntime"}),
		tf.res("azurerm_windows_function_app", "reports", {"storage_account_name": tf.unknown("azurerm_storage_account.runtime.name")}),
		tf.res("azurerm_linux_web_app", "portal", {"app_settings": {"STORAGE": tf.unknown("azurerm_storage_account.records.primary_connection_string")}}),
	])
}

# A container naming the account, and other services, are not read (the
# account itself is reported: the container is not a function app).
test_other_resources_are_ignored if {
	check.deny == {{"resource": "azurerm_storage_account.records", "msg": default_msg("azurerm_storage_account.records")}} with input as tf.doc([
		tf.res("azurerm_storage_account", "records", {"name": "clinicrecords"}),
		tf.res("azurerm_storage_container", "scans", {"storage_account_name": "clinicrecords"}),
		tf.res("azurerm_linux_web_app", "portal", {"storage_account_name": "clinicrecords"}),
		tf.res("azurerm_cosmosdb_account", "db", {"local_authentication_disabled": false}),
	])
}
