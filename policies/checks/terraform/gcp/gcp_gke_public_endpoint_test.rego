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

test_open_authorized_network_is_reported if {
	check.deny == {
		{
			"resource": "google_container_cluster.a",
			"path": ["config", "master_authorized_networks_config", 0, "cidr_blocks", 1, "cidr_block"],
			"msg": "google_container_cluster.a exposes its control plane to the internet: master_authorized_networks_config authorizes 0.0.0.0/0",
		},
		{
			"resource": "google_container_cluster.b",
			"path": ["config", "master_authorized_networks_config", 0, "cidr_blocks", 0, "cidr_block"],
			"msg": "google_container_cluster.b exposes its control plane to the internet: master_authorized_networks_config authorizes ::/0",
		},
	} with input as {"type": "terraform", "resources": [
		cluster("a", {"master_authorized_networks_config": [{"cidr_blocks": [{"cidr_block": "203.0.113.0/24"}, {"cidr_block": "0.0.0.0/0"}]}]}),
		cluster("b", {
			"master_authorized_networks_config": [{"cidr_blocks": [{"cidr_block": "::/0"}]}],
			"private_cluster_config": [{"enable_private_nodes": true}],
		}),
	]}
}

test_open_authorized_network_with_private_endpoint_or_unknown_passes if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		cluster("a", {
			"master_authorized_networks_config": [{"cidr_blocks": [{"cidr_block": "0.0.0.0/0"}]}],
			"private_cluster_config": [{"enable_private_endpoint": true}],
		}),
		cluster("b", {
			"master_authorized_networks_config": [{"cidr_blocks": [{"cidr_block": "0.0.0.0/0"}]}],
			"private_cluster_config": [{"enable_private_endpoint": {"__unknown__": "var.private", "refs": ["var.private"]}}],
		}),
		cluster("c", {"master_authorized_networks_config": [{"cidr_blocks": [{"cidr_block": {"__unknown__": "var.cidr", "refs": ["var.cidr"]}}]}]}),
		cluster("d", {"master_authorized_networks_config": [{"dynamic": {"cidr_blocks": [{
			"for_each": {"__unknown__": "var.networks", "refs": ["var.networks"]},
			"content": [{"cidr_block": {"__unknown__": "cidr_blocks.value", "refs": []}}],
		}]}}]}),
		cluster("e", {"master_authorized_networks_config": [{}]}),
	]}
}

test_restricted_control_planes_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		cluster("a", {"master_authorized_networks_config": [{"cidr_blocks": [{"cidr_block": "203.0.113.0/24"}]}]}),
		cluster("b", {"private_cluster_config": [{"enable_private_endpoint": true}]}),
		cluster("c", {"private_cluster_config": [{"enable_private_endpoint": {"__unknown__": "var.private", "refs": ["var.private"]}}]}),
	]}
}
