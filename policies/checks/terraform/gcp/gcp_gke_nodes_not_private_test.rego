package evident.checks.terraform.gcp_gke_nodes_not_private_test

import data.evident.checks.terraform.gcp_gke_nodes_not_private as check
import data.evident.lib.tf_fixtures_test as tf

cluster(name, config) := tf.res("google_container_cluster", name, config)

test_public_nodes_are_reported if {
	check.deny == {
		{"resource": "google_container_cluster.absent", "msg": "google_container_cluster.absent gives its nodes public IP addresses (no private_cluster_config with enable_private_nodes = true)"},
		{"resource": "google_container_cluster.false", "path": ["config", "private_cluster_config", 0, "enable_private_nodes"], "msg": "google_container_cluster.false gives its nodes public IP addresses (private_cluster_config.enable_private_nodes = false)"},
		{"resource": "google_container_cluster.endpoint_only", "path": ["config", "private_cluster_config", 0], "msg": "google_container_cluster.endpoint_only gives its nodes public IP addresses (private_cluster_config without enable_private_nodes = true)"},
		{"resource": "google_container_cluster.null", "path": ["config", "private_cluster_config", 0], "msg": "google_container_cluster.null gives its nodes public IP addresses (private_cluster_config without enable_private_nodes = true)"},
		{"resource": "google_container_cluster.autopilot_off", "msg": "google_container_cluster.autopilot_off gives its nodes public IP addresses (no private_cluster_config with enable_private_nodes = true)"},
		{"resource": "google_container_cluster.pool_public", "msg": "google_container_cluster.pool_public gives its nodes public IP addresses (no private_cluster_config with enable_private_nodes = true)"},
	} with input as tf.doc([
		cluster("absent", {"name": "a"}),
		cluster("false", {"private_cluster_config": [{"enable_private_nodes": false}]}),
		cluster("endpoint_only", {"private_cluster_config": [{"master_ipv4_cidr_block": "172.16.0.0/28"}]}),
		cluster("null", {"private_cluster_config": [{"enable_private_nodes": null}]}),
		cluster("autopilot_off", {"enable_autopilot": false}),
		cluster("pool_public", {"node_pool": [{"name": "p", "network_config": [{"enable_private_nodes": false}]}]}),
		tf.res("google_container_node_pool", "public", {"cluster": tf.unknown("google_container_cluster.pool_public.id"), "network_config": [{"enable_private_nodes": false}]}),
	])
}

test_private_and_uncertain_clusters_pass if {
	count(check.deny) == 0 with input as tf.doc([
		cluster("private", {"private_cluster_config": [{"enable_private_nodes": true, "enable_private_endpoint": false}]}),
		cluster("var", {"private_cluster_config": [{"enable_private_nodes": tf.unknown("var.private_nodes")}]}),
		cluster("dynamic", {"dynamic": {"private_cluster_config": [{"for_each": [1], "content": [{"enable_private_nodes": true}]}]}}),
		cluster("dynamic_and_literal", {"private_cluster_config": [{"enable_private_nodes": false}], "dynamic": {"private_cluster_config": [{"for_each": [1], "content": [{"enable_private_nodes": true}]}]}}),
		cluster("autopilot", {"enable_autopilot": true}),
		cluster("autopilot_var", {"enable_autopilot": tf.unknown("var.autopilot")}),
		cluster("default_flag", {"network_config": [{"default_enable_private_nodes": true}]}),
		cluster("default_flag_pool_defaults", {"node_pool_defaults": [{"node_config_defaults": [{"default_enable_private_nodes": false}]}]}),
		cluster("inline_pool", {"node_pool": [{"name": "p", "network_config": [{"enable_private_nodes": true}]}]}),
		cluster("inline_pool_var", {"node_pool": [{"name": "p", "network_config": [{"enable_private_nodes": tf.unknown("var.p")}]}]}),
		cluster("dynamic_pool", {"dynamic": {"node_pool": [{"for_each": [1], "content": [{"name": "p"}]}]}}),
		cluster("separate_pool", {"remove_default_node_pool": true, "initial_node_count": 1}),
		tf.res("google_container_node_pool", "private", {"cluster": tf.unknown("google_container_cluster.separate_pool.id"), "network_config": [{"enable_private_nodes": true}]}),
	])
}
