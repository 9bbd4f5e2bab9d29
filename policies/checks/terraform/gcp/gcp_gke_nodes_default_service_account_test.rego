package evident.checks.terraform.gcp_gke_nodes_default_service_account_test

import data.evident.checks.terraform.gcp_gke_nodes_default_service_account as check
import data.evident.lib.tf_fixtures_test as tf

test_default_account_is_reported if {
	check.deny == {
		{"resource": "google_container_node_pool.a", "path": ["config"], "msg": "google_container_node_pool.a runs its nodes as the Compute Engine default service account (no node_config)"},
		{"resource": "google_container_node_pool.b", "path": ["config", "node_config", 0], "msg": "google_container_node_pool.b runs its nodes as the Compute Engine default service account (node_config sets no service_account)"},
		{"resource": "google_container_node_pool.c", "path": ["config", "node_config", 0, "service_account"], "msg": "google_container_node_pool.c runs its nodes as the Compute Engine default service account (service_account = default)"},
		{"resource": "google_container_cluster.d", "path": ["config", "node_config", 0, "service_account"], "msg": "google_container_cluster.d runs its nodes as the Compute Engine default service account (service_account = 123456789-compute@developer.gserviceaccount.com)"},
		{"resource": "google_container_cluster.e", "path": ["config"], "msg": "google_container_cluster.e runs its nodes as the Compute Engine default service account (no node_config)"},
		{"resource": "google_container_cluster.f", "path": ["config", "node_pool", 1, "node_config", 0], "msg": "google_container_cluster.f node_pool batch runs its nodes as the Compute Engine default service account (node_config sets no service_account)"},
		{"resource": "google_container_cluster.f", "path": ["config", "node_pool", 2], "msg": "google_container_cluster.f node_pool runs its nodes as the Compute Engine default service account (no node_config)"},
	} with input as tf.doc([
		tf.res("google_container_node_pool", "a", {"cluster": "x"}),
		tf.res("google_container_node_pool", "b", {"node_config": [{"machine_type": "e2-standard-4"}]}),
		tf.res("google_container_node_pool", "c", {"node_config": [{"service_account": "default"}]}),
		tf.res("google_container_cluster", "d", {"remove_default_node_pool": false, "node_config": [{"service_account": "123456789-compute@developer.gserviceaccount.com"}]}),
		tf.res("google_container_cluster", "e", {"name": "x"}),
		tf.res("google_container_cluster", "f", {"node_config": [{"machine_type": "unused"}], "node_pool": [
			{"name": "web", "node_config": [{"service_account": "nodes@p.iam.gserviceaccount.com"}]},
			{"name": "batch", "node_config": [{"machine_type": "e2-standard-8"}]},
			{"name": tf.unknown("var.pool")},
		]}),
	])
}

# A dedicated account (literal or reference), the default pool removed or Autopilot, dynamic or unknown parts.
test_dedicated_account_or_no_default_pool_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("google_container_node_pool", "a", {"node_config": [{"service_account": "nodes@p.iam.gserviceaccount.com"}]}),
		tf.res("google_container_node_pool", "b", {"node_config": [{"service_account": tf.unknown("google_service_account.nodes.email")}]}),
		tf.res("google_container_cluster", "c", {"remove_default_node_pool": true, "initial_node_count": 1}),
		tf.res("google_container_cluster", "d", {"enable_autopilot": true}),
		tf.res("google_container_cluster", "e", {"remove_default_node_pool": tf.unknown("var.remove")}),
		tf.res("google_container_cluster", "f", {"dynamic": {"node_pool": [{"for_each": tf.unknown("var.pools"), "content": [{}]}]}}),
		tf.res("google_container_node_pool", "g", {"dynamic": {"node_config": [{"for_each": tf.unknown("var.n"), "content": [{}]}]}}),
		tf.res("google_container_cluster", "h", {"node_config": tf.unknown("var.node_config")}),
		tf.res("google_container_cluster", "i", {"node_pool": tf.unknown("var.node_pools")}),
	])
}
