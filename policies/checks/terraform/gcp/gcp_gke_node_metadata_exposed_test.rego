package evident.checks.terraform.gcp_gke_node_metadata_exposed_test

import data.evident.checks.terraform.gcp_gke_node_metadata_exposed as check
import data.evident.lib.tf_fixtures_test as tf

test_exposed_metadata_is_reported if {
	check.deny == {
		{"resource": "google_container_node_pool.a", "path": ["config", "node_config", 0, "workload_metadata_config", 0, "mode"], "msg": "google_container_node_pool.a lets its pods read the node's metadata and service-account token (workload_metadata_config mode = GCE_METADATA)"},
		{"resource": "google_container_node_pool.b", "path": ["config", "node_config", 0, "workload_metadata_config", 0, "node_metadata"], "msg": "google_container_node_pool.b lets its pods read the node's metadata and service-account token (workload_metadata_config node_metadata = EXPOSE)"},
		{"resource": "google_container_cluster.c", "path": ["config", "node_pool", 1, "node_config", 0, "workload_metadata_config", 0, "mode"], "msg": "google_container_cluster.c lets its pods read the node's metadata and service-account token (workload_metadata_config mode = GCE_METADATA)"},
		{"resource": "google_container_cluster.d", "path": ["config", "node_config", 0, "workload_metadata_config", 0, "node_metadata"], "msg": "google_container_cluster.d lets its pods read the node's metadata and service-account token (workload_metadata_config node_metadata = UNSPECIFIED)"},
	} with input as tf.doc([
		tf.res("google_container_node_pool", "a", {"node_config": [{"workload_metadata_config": [{"mode": "GCE_METADATA"}]}]}),
		tf.res("google_container_node_pool", "b", {"node_config": [{"workload_metadata_config": [{"node_metadata": "EXPOSE"}]}]}),
		tf.res("google_container_cluster", "c", {"node_pool": [
			{"node_config": [{"workload_metadata_config": [{"mode": "GKE_METADATA"}]}]},
			{"node_config": [{"workload_metadata_config": [{"mode": "GCE_METADATA"}]}]},
		]}),
		tf.res("google_container_cluster", "d", {"node_config": [{"workload_metadata_config": [{"node_metadata": "UNSPECIFIED"}]}]}),
	])
}

# The GKE metadata server, SECURE, unset, unknown, no node_config.
test_concealed_unset_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("google_container_node_pool", "a", {"node_config": [{"workload_metadata_config": [{"mode": "GKE_METADATA"}]}]}),
		tf.res("google_container_node_pool", "b", {"node_config": [{"workload_metadata_config": [{"node_metadata": "SECURE"}]}]}),
		tf.res("google_container_node_pool", "c", {"node_config": [{"machine_type": "e2-standard-4"}]}),
		tf.res("google_container_node_pool", "d", {"node_config": [{"workload_metadata_config": [{"mode": tf.unknown("var.mode")}]}]}),
		tf.res("google_container_cluster", "e", {"enable_autopilot": true}),
	])
}
