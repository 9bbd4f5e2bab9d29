package evident.checks.terraform.azure_container_registry_exposed_test

import data.evident.checks.terraform.azure_container_registry_exposed as check

registry(name, config) := {
	"id": concat(".", ["azurerm_container_registry", name]), "mode": "managed", "type": "azurerm_container_registry", "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": config,
}

test_admin_account_and_open_network_are_reported if {
	check.deny == {
		{
			"resource": "azurerm_container_registry.main",
			"path": ["config", "admin_enabled"],
			"msg": "azurerm_container_registry.main enables the shared admin account (admin_enabled = true)",
		},
		{"resource": "azurerm_container_registry.main", "msg": "azurerm_container_registry.main is reachable from any network: no network_rule_set with default_action = \"Deny\""},
		{"resource": "azurerm_container_registry.allow", "msg": "azurerm_container_registry.allow is reachable from any network: no network_rule_set with default_action = \"Deny\""},
		{"resource": "azurerm_container_registry.defaulted", "msg": "azurerm_container_registry.defaulted is reachable from any network: no network_rule_set with default_action = \"Deny\""},
	} with input as {"type": "terraform", "resources": [
		registry("main", {"sku": "Premium", "admin_enabled": true}),
		registry("allow", {"sku": "Premium", "network_rule_set": [{"default_action": "Allow"}]}),
		# default_action defaults to "Allow": IP rules alone do not restrict the registry.
		registry("defaulted", {"sku": "Premium", "network_rule_set": [{"ip_rule": [{"action": "Allow", "ip_range": "203.0.113.0/24"}]}]}),
	]}
}

test_restricted_registries_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		registry("a", {"admin_enabled": false, "network_rule_set": [{"default_action": "Deny"}]}),
		registry("b", {"public_network_access_enabled": false, "anonymous_pull_enabled": false}),
		registry("c", {"admin_enabled": {"__unknown__": "var.admin", "refs": ["var.admin"]}, "anonymous_pull_enabled": {"__unknown__": "var.anonymous", "refs": ["var.anonymous"]}, "public_network_access_enabled": {"__unknown__": "var.public", "refs": ["var.public"]}}),
		registry("d", {"network_rule_set": [{"default_action": {"__unknown__": "var.action", "refs": ["var.action"]}}]}),
		registry("e", {"dynamic": {"network_rule_set": [{"for_each": {"__unknown__": "var.rules", "refs": ["var.rules"]}, "content": [{}]}]}}),
		# The attribute syntax with a value that is not known.
		registry("f", {"network_rule_set": {"__unknown__": "var.network_rule_set", "refs": ["var.network_rule_set"]}}),
	]}
}

test_anonymous_pull_is_reported if {
	check.deny == {{
		"resource": "azurerm_container_registry.images",
		"path": ["config", "anonymous_pull_enabled"],
		"msg": "azurerm_container_registry.images allows anonymous pull (anonymous_pull_enabled = true): anyone who can reach it pulls every image without credentials",
	}} with input as {"type": "terraform", "resources": [registry("images", {"public_network_access_enabled": false, "anonymous_pull_enabled": true})]}
}
