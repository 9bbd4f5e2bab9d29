package evident.checks.terraform.azure_aks_node_public_ip_test

import data.evident.checks.terraform.azure_aks_node_public_ip as check

resource(type, name, config) := {
	"id": concat(".", [type, name]), "mode": "managed", "type": type, "name": name,
	"file": "aks.tf", "startLine": 1, "endLine": 9, "config": config,
}

test_public_node_ips_are_reported if {
	check.deny == {
		{"resource": "azurerm_kubernetes_cluster.v4", "path": ["config", "default_node_pool", 0, "node_public_ip_enabled"], "msg": "azurerm_kubernetes_cluster.v4 gives every node of its default node pool a public IP address (node_public_ip_enabled = true)"},
		{"resource": "azurerm_kubernetes_cluster.v3", "path": ["config", "default_node_pool", 0, "enable_node_public_ip"], "msg": "azurerm_kubernetes_cluster.v3 gives every node of its default node pool a public IP address (enable_node_public_ip = true)"},
		{"resource": "azurerm_kubernetes_cluster_node_pool.gpu", "path": ["config", "node_public_ip_enabled"], "msg": "azurerm_kubernetes_cluster_node_pool.gpu gives every node a public IP address (node_public_ip_enabled = true)"},
		{"resource": "azurerm_kubernetes_cluster_node_pool.legacy", "path": ["config", "enable_node_public_ip"], "msg": "azurerm_kubernetes_cluster_node_pool.legacy gives every node a public IP address (enable_node_public_ip = true)"},
	} with input as {"type": "terraform", "resources": [
		resource("azurerm_kubernetes_cluster", "v4", {"default_node_pool": [{"name": "system", "node_public_ip_enabled": true}]}),
		resource("azurerm_kubernetes_cluster", "v3", {"default_node_pool": [{"name": "system", "enable_node_public_ip": true}]}),
		resource("azurerm_kubernetes_cluster_node_pool", "gpu", {"node_public_ip_enabled": true}),
		resource("azurerm_kubernetes_cluster_node_pool", "legacy", {"enable_node_public_ip": true}),
	]}
}

test_private_nodes_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		resource("azurerm_kubernetes_cluster", "default", {"default_node_pool": [{"name": "system"}]}),
		resource("azurerm_kubernetes_cluster", "off", {"default_node_pool": [{"name": "system", "node_public_ip_enabled": false}]}),
		resource("azurerm_kubernetes_cluster", "variable", {"default_node_pool": [{"name": "system", "node_public_ip_enabled": {"__unknown__": "var.public", "refs": ["var.public"]}}]}),
		resource("azurerm_kubernetes_cluster", "no_pool", {}),
		resource("azurerm_kubernetes_cluster_node_pool", "default", {}),
		resource("azurerm_kubernetes_cluster_node_pool", "off", {"enable_node_public_ip": false}),
	]}
}
