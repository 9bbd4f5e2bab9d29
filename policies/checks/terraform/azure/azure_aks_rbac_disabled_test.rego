package evident.checks.terraform.azure_aks_rbac_disabled_test

import data.evident.checks.terraform.azure_aks_rbac_disabled as check

cluster(name, config) := {
	"id": concat(".", ["azurerm_kubernetes_cluster", name]), "mode": "managed", "type": "azurerm_kubernetes_cluster", "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": config,
}

test_modern_and_legacy_forms_are_reported if {
	check.deny == {
		{
			"resource": "azurerm_kubernetes_cluster.a",
			"path": ["config", "role_based_access_control_enabled"],
			"msg": "azurerm_kubernetes_cluster.a disables Kubernetes RBAC (role_based_access_control_enabled = false)",
		},
		{
			"resource": "azurerm_kubernetes_cluster.b",
			"path": ["config", "role_based_access_control", 0, "enabled"],
			"msg": "azurerm_kubernetes_cluster.b disables Kubernetes RBAC (role_based_access_control.enabled = false)",
		},
	} with input as {"type": "terraform", "resources": [
		cluster("a", {"role_based_access_control_enabled": false}),
		cluster("b", {"role_based_access_control": [{"enabled": false}]}),
	]}
}

test_enabled_default_and_unknown_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		cluster("a", {}),
		cluster("b", {"role_based_access_control_enabled": true}),
		cluster("c", {"role_based_access_control_enabled": {"__unknown__": "var.rbac", "refs": ["var.rbac"]}}),
		cluster("d", {"role_based_access_control": [{"enabled": true}]}),
	]}
}
