package evident.checks.terraform.azure_defender_free_tier_test

import data.evident.checks.terraform.azure_defender_free_tier as check
import data.evident.lib.tf_fixtures_test as tf

plan(name, config) := tf.res("azurerm_security_center_subscription_pricing", name, config)

msg(id, type) := sprintf("%s sets Microsoft Defender for Cloud to the Free tier for %s: no threat alerts for those resources", [id, type])

test_free_tier if {
	check.deny == {
		{"resource": "azurerm_security_center_subscription_pricing.servers", "path": ["config", "tier"], "msg": msg("azurerm_security_center_subscription_pricing.servers", "VirtualMachines")},
		{"resource": "azurerm_security_center_subscription_pricing.storage", "path": ["config", "tier"], "msg": msg("azurerm_security_center_subscription_pricing.storage", "StorageAccounts")},
		{"resource": "azurerm_security_center_subscription_pricing.each", "path": ["config", "tier"], "msg": msg("azurerm_security_center_subscription_pricing.each", "each.key")},
	} with input as tf.doc([
		plan("servers", {"tier": "Free"}),
		plan("storage", {"tier": "free", "resource_type": "StorageAccounts"}),
		plan("each", {"tier": "Free", "resource_type": tf.unknown("each.key")}),
		plan("sql", {"tier": "Standard", "resource_type": "SqlServers"}),
		plan("unknown", {"tier": tf.unknown("var.defender_tier"), "resource_type": "KeyVaults"}),
	])
}
