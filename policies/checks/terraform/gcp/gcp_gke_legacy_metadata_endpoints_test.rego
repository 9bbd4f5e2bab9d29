package evident.checks.terraform.gcp_gke_legacy_metadata_endpoints_test

import data.evident.checks.terraform.gcp_gke_legacy_metadata_endpoints as check
import data.evident.lib.tf_fixtures_test as tf

test_legacy_endpoints_enabled_are_reported if {
	check.deny == {
		{"resource": "google_container_cluster.a", "path": ["config", "node_config", 0, "metadata", "disable-legacy-endpoints"], "msg": "google_container_cluster.a serves the legacy metadata endpoints on its nodes (disable-legacy-endpoints = false): pods can read the node's credentials"},
		{"resource": "google_container_node_pool.b", "path": ["config", "node_config", 0, "metadata", "disable-legacy-endpoints"], "msg": "google_container_node_pool.b serves the legacy metadata endpoints on its nodes (disable-legacy-endpoints = false): pods can read the node's credentials"},
		{"resource": "google_container_cluster.c", "path": ["config", "node_pool", 1, "node_config", 0, "metadata", "disable-legacy-endpoints"], "msg": "google_container_cluster.c serves the legacy metadata endpoints on its nodes (disable-legacy-endpoints = false): pods can read the node's credentials"},
	} with input as tf.doc([
		tf.res("google_container_cluster", "a", {"node_config": [{"metadata": {"disable-legacy-endpoints": false}}]}),
		tf.res("google_container_cluster", "c", {"node_pool": [{"name": "ok", "node_config": [{"metadata": {"disable-legacy-endpoints": "true"}}]}, {"name": "legacy", "node_config": [{"metadata": {"disable-legacy-endpoints": false}}]}]}),
		tf.res("google_container_node_pool", "b", {"node_config": [{"metadata": {"disable-legacy-endpoints": "false"}}]}),
	])
}

# Disabled, unset (the default since GKE 1.12), no metadata, unknown.
test_disabled_unset_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("google_container_cluster", "a", {"node_config": [{"metadata": {"disable-legacy-endpoints": "true"}}]}),
		tf.res("google_container_node_pool", "b", {"node_config": [{"metadata": {"team": "records"}}]}),
		tf.res("google_container_node_pool", "c", {"node_config": [{"machine_type": "e2-standard-4"}]}),
		tf.res("google_container_cluster", "d", {"node_config": [{"metadata": {"disable-legacy-endpoints": tf.unknown("var.legacy")}}]}),
		tf.res("google_container_cluster", "e", {"enable_autopilot": true}),
	])
}
