package evident.checks.terraform.azure_data_explorer_disk_unencrypted_test

import data.evident.checks.terraform.azure_data_explorer_disk_unencrypted as check

cluster(name, config) := {
	"id": concat(".", ["azurerm_kusto_cluster", name]), "mode": "managed", "type": "azurerm_kusto_cluster", "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 12, "config": config,
}

test_absent_and_false_are_reported if {
	check.deny == {
		{
			"resource": "azurerm_kusto_cluster.absent",
			"msg": "azurerm_kusto_cluster.absent leaves disk_encryption_enabled out (the default is false): the cluster's cache and OS disks are not encrypted",
		},
		{
			"resource": "azurerm_kusto_cluster.off",
			"path": ["config", "disk_encryption_enabled"],
			"msg": "azurerm_kusto_cluster.off sets disk_encryption_enabled = false: the cluster's cache and OS disks are not encrypted",
		},
		{
			"resource": "azurerm_kusto_cluster.legacy",
			"path": ["config", "enable_disk_encryption"],
			"msg": "azurerm_kusto_cluster.legacy sets enable_disk_encryption = false: the cluster's cache and OS disks are not encrypted",
		},
	} with input as {"type": "terraform", "resources": [
		cluster("absent", {"name": "absent"}),
		cluster("off", {"disk_encryption_enabled": false}),
		cluster("legacy", {"enable_disk_encryption": "false"}),
	]}
}

test_on_either_name_or_unknown_passes if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		cluster("on", {"disk_encryption_enabled": true}),
		cluster("legacy", {"enable_disk_encryption": true}),
		cluster("unknown", {"disk_encryption_enabled": {"__unknown__": "var.encrypt", "refs": ["var.encrypt"]}}),
		cluster("null", {"disk_encryption_enabled": null, "enable_disk_encryption": true}),
	]}
}
