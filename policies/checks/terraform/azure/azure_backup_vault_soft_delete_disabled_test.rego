package evident.checks.terraform.azure_backup_vault_soft_delete_disabled_test

import data.evident.checks.terraform.azure_backup_vault_soft_delete_disabled as check
import data.evident.lib.tf_fixtures_test as tf

recovery(name, extra) := tf.res("azurerm_recovery_services_vault", name, object.union({"name": name, "sku": "Standard", "location": "westeurope"}, extra))

backup(name, extra) := tf.res("azurerm_data_protection_backup_vault", name, object.union({"name": name, "datastore_type": "VaultStore", "redundancy": "GeoRedundant", "location": "westeurope"}, extra))

test_soft_delete_off if {
	check.deny == {
		{"resource": "azurerm_recovery_services_vault.off", "path": ["config", "soft_delete_enabled"], "msg": "azurerm_recovery_services_vault.off deletes backup data at once: soft_delete_enabled = false"},
		{"resource": "azurerm_recovery_services_vault.text", "path": ["config", "soft_delete_enabled"], "msg": "azurerm_recovery_services_vault.text deletes backup data at once: soft_delete_enabled = false"},
		{"resource": "azurerm_data_protection_backup_vault.off", "path": ["config", "soft_delete"], "msg": "azurerm_data_protection_backup_vault.off deletes backup data at once: soft_delete = \"Off\""},
		{"resource": "azurerm_data_protection_backup_vault.lower", "path": ["config", "soft_delete"], "msg": "azurerm_data_protection_backup_vault.lower deletes backup data at once: soft_delete = \"off\""},
	} with input as tf.doc([
		recovery("off", {"soft_delete_enabled": false}),
		recovery("text", {"soft_delete_enabled": "false"}),
		recovery("on", {"soft_delete_enabled": true}),
		recovery("default", {}),
		recovery("unknown", {"soft_delete_enabled": tf.unknown("var.soft_delete")}),
		backup("off", {"soft_delete": "Off"}),
		backup("lower", {"soft_delete": "off"}),
		backup("on", {"soft_delete": "On"}),
		backup("always", {"soft_delete": "AlwaysOn", "immutability": "Locked"}),
		backup("default", {}),
		backup("unknown", {"soft_delete": tf.unknown("var.soft_delete")}),
	])
}
