package evident.checks.terraform.azure_cosmosdb_public_access_test

import data.evident.checks.terraform.azure_cosmosdb_public_access as check

account(name, config) := {
	"id": concat(".", ["azurerm_cosmosdb_account", name]), "mode": "managed", "type": "azurerm_cosmosdb_account", "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": config,
}

test_open_account_is_reported if {
	check.deny == {{
		"resource": "azurerm_cosmosdb_account.records",
		"msg": "azurerm_cosmosdb_account.records is reachable from any network: public network access without ip_range_filter or virtual network filter",
	}} with input as {"type": "terraform", "resources": [account("records", {"offer_type": "Standard", "ip_range_filter": []})]}
}

test_restricted_accounts_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		account("private", {"public_network_access_enabled": false}),
		account("vnet", {"is_virtual_network_filter_enabled": true}),
		account("ips3", {"ip_range_filter": "203.0.113.0/24"}),
		account("ips4", {"ip_range_filter": ["203.0.113.0/24"]}),
		account("unknown", {"public_network_access_enabled": {"__unknown__": "var.public", "refs": ["var.public"]}}),
	]}
}
