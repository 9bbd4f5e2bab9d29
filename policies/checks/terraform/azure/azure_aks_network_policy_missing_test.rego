package evident.checks.terraform.azure_aks_network_policy_missing_test

import data.evident.checks.terraform.azure_aks_network_policy_missing as check

cluster(name, config) := {
	"id": concat(".", ["azurerm_kubernetes_cluster", name]), "mode": "managed", "type": "azurerm_kubernetes_cluster", "name": name,
	"file": "aks.tf", "startLine": 1, "endLine": 20, "config": config,
}

test_clusters_without_a_policy_engine_are_reported if {
	check.deny == {
		{"resource": "azurerm_kubernetes_cluster.a", "msg": "azurerm_kubernetes_cluster.a has no network_profile, so it runs kubenet without a network policy engine (NetworkPolicies are ignored)"},
		{"resource": "azurerm_kubernetes_cluster.b", "path": ["config", "network_profile", 0], "msg": "azurerm_kubernetes_cluster.b sets no network_policy in network_profile (NetworkPolicies are ignored)"},
		{"resource": "azurerm_kubernetes_cluster.c", "path": ["config", "network_profile", 0], "msg": "azurerm_kubernetes_cluster.c sets no network_policy in network_profile (NetworkPolicies are ignored)"},
		{"resource": "azurerm_kubernetes_cluster.d", "path": ["config", "network_profile", 0], "msg": "azurerm_kubernetes_cluster.d sets no network_policy in network_profile (NetworkPolicies are ignored)"},
	} with input as {"type": "terraform", "resources": [
		cluster("a", {"name": "a", "dns_prefix": "a"}),
		cluster("b", {"name": "b", "network_profile": [{"network_plugin": "azure"}]}),
		cluster("c", {"name": "c", "network_profile": [{"network_plugin": "kubenet", "network_policy": null}]}),
		cluster("d", {"name": "d", "network_profile": [{"load_balancer_sku": "standard"}]}),
	]}
}

test_clusters_with_a_policy_engine_own_cni_or_unknown_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		cluster("a", {"name": "a", "network_profile": [{"network_plugin": "azure", "network_policy": "azure"}]}),
		cluster("b", {"name": "b", "network_profile": [{"network_plugin": "kubenet", "network_policy": "calico"}]}),
		cluster("c", {"name": "c", "network_profile": [{"network_plugin": "azure", "network_data_plane": "cilium", "network_policy": "cilium"}]}),
		cluster("d", {"name": "d", "network_profile": [{"network_plugin": "azure", "network_policy": {"__unknown__": "var.policy", "refs": ["var.policy"]}}]}),
		cluster("e", {"name": "e", "dynamic": {"network_profile": [{"for_each": {"__unknown__": "var.profiles", "refs": ["var.profiles"]}}]}}),
		cluster("f", {"name": "f", "network_profile": [{"network_plugin": "none"}]}),
		cluster("g", {"name": "g", "network_profile": [{"network_plugin": {"__unknown__": "var.plugin", "refs": ["var.plugin"]}}]}),
	]}
}
