package evident.checks.terraform.azure_key_vault_item_no_expiry_test

import data.evident.checks.terraform.azure_key_vault_item_no_expiry as check

res(type, name, config) := {
	"id": concat(".", [type, name]), "mode": "managed", "type": type, "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": config,
}

test_non_expiring_items_are_reported if {
	check.deny == {
		{"resource": "azurerm_key_vault_secret.db", "msg": "azurerm_key_vault_secret.db has no expiration_date: the secret never expires"},
		{"resource": "azurerm_key_vault_key.cmk", "msg": "azurerm_key_vault_key.cmk has no expiration_date and no rotation_policy with expire_after: the key never expires"},
	} with input as {"type": "terraform", "resources": [
		res("azurerm_key_vault_secret", "db", {"name": "db-password"}),
		res("azurerm_key_vault_key", "cmk", {"rotation_policy": [{"notify_before_expiry": "P29D"}]}),
	]}
}

test_expiring_items_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		res("azurerm_key_vault_secret", "a", {"expiration_date": "2027-01-01T00:00:00Z"}),
		res("azurerm_key_vault_secret", "b", {"expiration_date": {"__unknown__": "time_offset.x.rfc3339", "refs": ["time_offset.x.rfc3339"]}}),
		res("azurerm_key_vault_key", "c", {"rotation_policy": [{"expire_after": "P90D"}]}),
		res("azurerm_key_vault_key", "d", {"expiration_date": "2027-01-01T00:00:00Z"}),
	]}
}
