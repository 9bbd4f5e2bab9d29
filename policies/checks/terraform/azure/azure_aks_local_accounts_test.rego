package evident.checks.terraform.azure_aks_local_accounts_test

import data.evident.checks.terraform.azure_aks_local_accounts as check

cluster(name, config) := {
	"id": concat(".", ["azurerm_kubernetes_cluster", name]), "mode": "managed", "type": "azurerm_kubernetes_cluster", "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": config,
}

test_local_accounts_are_reported if {
	check.deny == {
		{"resource": "azurerm_kubernetes_cluster.a", "msg": "azurerm_kubernetes_cluster.a does not set local_account_disabled = true: a static cluster-admin credential exists"},
		{
			"resource": "azurerm_kubernetes_cluster.b",
			"path": ["config", "local_account_disabled"],
			"msg": "azurerm_kubernetes_cluster.b sets local_account_disabled = false: a static cluster-admin credential exists",
		},
	} with input as {"type": "terraform", "resources": [cluster("a", {}), cluster("b", {"local_account_disabled": false})]}
}

test_disabled_and_unknown_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		cluster("a", {"local_account_disabled": true}),
		cluster("b", {"local_account_disabled": {"__unknown__": "var.local", "refs": ["var.local"]}}),
	]}
}
