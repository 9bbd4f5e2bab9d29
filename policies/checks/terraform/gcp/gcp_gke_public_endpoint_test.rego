package evident.checks.terraform.gcp_gke_public_endpoint_test

import data.evident.checks.terraform.gcp_gke_public_endpoint as check

cluster(name, config) := {
	"id": concat(".", ["google_container_cluster", name]), "mode": "managed", "type": "google_container_cluster", "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": config,
}

test_public_unrestricted_control_plane_is_reported if {
	check.deny == {
		{"resource": "google_container_cluster.a", "msg": "google_container_cluster.a exposes its control plane to the internet: no master_authorized_networks_config and no private endpoint"},
		{"resource": "google_container_cluster.b", "msg": "google_container_cluster.b exposes its control plane to the internet: no master_authorized_networks_config and no private endpoint"},
	} with input as {"type": "terraform", "resources": [
		cluster("a", {}),
		cluster("b", {"private_cluster_config": [{"enable_private_nodes": true, "enable_private_endpoint": false}]}),
	]}
}

test_restricted_control_planes_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		cluster("a", {"master_authorized_networks_config": [{"cidr_blocks": [{"cidr_block": "203.0.113.0/24"}]}]}),
		cluster("b", {"private_cluster_config": [{"enable_private_endpoint": true}]}),
		cluster("c", {"private_cluster_config": [{"enable_private_endpoint": {"__unknown__": "var.private", "refs": ["var.private"]}}]}),
	]}
}
