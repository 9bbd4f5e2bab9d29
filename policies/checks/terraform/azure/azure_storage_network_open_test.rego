package evident.checks.terraform.azure_storage_network_open_test

import data.evident.checks.terraform.azure_storage_network_open as check

res(type, name, config) := {
	"id": concat(".", [type, name]), "mode": "managed", "type": type, "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": config,
}

unknown(expr) := {"__unknown__": expr, "refs": [expr]}

test_no_rules_is_reported_at_the_account if {
	check.deny == {{
		"resource": "azurerm_storage_account.records",
		"msg": "azurerm_storage_account.records is reachable from any network: no network_rules with default_action = \"Deny\"",
	}} with input as {"type": "terraform", "resources": [res("azurerm_storage_account", "records", {})]}
}

test_allow_default_action_is_reported_at_the_rule if {
	check.deny == {{
		"resource": "azurerm_storage_account.records",
		"path": ["config", "network_rules", 0, "default_action"],
		"msg": "azurerm_storage_account.records network_rules default_action is \"Allow\": the account is reachable from any network",
	}} with input as {"type": "terraform", "resources": [res("azurerm_storage_account", "records", {"network_rules": [{"default_action": "Allow"}]})]}
}

test_restricted_accounts_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		res("azurerm_storage_account", "deny", {"network_rules": [{"default_action": "Deny"}]}),
		res("azurerm_storage_account", "private", {"public_network_access_enabled": false}),
		res("azurerm_storage_account", "unknown", {"public_network_access_enabled": unknown("var.public")}),
		res("azurerm_storage_account", "unknown_rules", {"network_rules": [{"default_action": unknown("var.action")}]}),
		res("azurerm_storage_account", "separate", {}),
		res("azurerm_storage_account_network_rules", "separate", {"storage_account_id": unknown("azurerm_storage_account.separate.id"), "default_action": "Deny"}),
	]}
}
