package evident.checks.terraform.azure_aks_public_api_test

import data.evident.checks.terraform.azure_aks_public_api as check

cluster(name, config) := {
	"id": concat(".", ["azurerm_kubernetes_cluster", name]), "mode": "managed", "type": "azurerm_kubernetes_cluster", "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": config,
}

test_public_unrestricted_api_is_reported if {
	check.deny == {
		{"resource": "azurerm_kubernetes_cluster.a", "msg": "azurerm_kubernetes_cluster.a exposes its API server to the internet: not a private cluster and no authorized IP ranges"},
		{"resource": "azurerm_kubernetes_cluster.b", "msg": "azurerm_kubernetes_cluster.b exposes its API server to the internet: not a private cluster and no authorized IP ranges"},
	} with input as {"type": "terraform", "resources": [
		cluster("a", {}),
		cluster("b", {"private_cluster_enabled": false, "api_server_access_profile": [{"authorized_ip_ranges": []}]}),
	]}
}

test_private_or_restricted_clusters_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		cluster("private", {"private_cluster_enabled": true}),
		cluster("ranges", {"api_server_access_profile": [{"authorized_ip_ranges": ["203.0.113.0/24"]}]}),
		cluster("legacy", {"api_server_authorized_ip_ranges": ["203.0.113.0/24"]}),
		cluster("unknown_ranges", {"api_server_access_profile": [{"authorized_ip_ranges": {"__unknown__": "var.ranges", "refs": ["var.ranges"]}}]}),
		cluster("unknown_private", {"private_cluster_enabled": {"__unknown__": "var.private", "refs": ["var.private"]}}),
	]}
}
