package evident.checks.terraform.azure_key_vault_network_open_test

import data.evident.checks.terraform.azure_key_vault_network_open as check

vault(name, config) := {
	"id": concat(".", ["azurerm_key_vault", name]), "mode": "managed", "type": "azurerm_key_vault", "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": config,
}

test_open_vaults_are_reported if {
	check.deny == {
		{"resource": "azurerm_key_vault.a", "msg": "azurerm_key_vault.a is reachable from any network: no network_acls with default_action = \"Deny\""},
		{
			"resource": "azurerm_key_vault.b",
			"path": ["config", "network_acls", 0, "default_action"],
			"msg": "azurerm_key_vault.b network_acls default_action is \"Allow\": the vault is reachable from any network",
		},
	} with input as {"type": "terraform", "resources": [
		vault("a", {}),
		vault("b", {"network_acls": [{"default_action": "Allow", "bypass": "AzureServices"}]}),
	]}
}

test_restricted_vaults_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		vault("a", {"network_acls": [{"default_action": "Deny", "bypass": "AzureServices"}]}),
		vault("b", {"public_network_access_enabled": false}),
		vault("c", {"network_acls": [{"default_action": {"__unknown__": "var.action", "refs": ["var.action"]}}]}),
		vault("d", {"public_network_access_enabled": {"__unknown__": "var.public", "refs": ["var.public"]}}),
	]}
}
