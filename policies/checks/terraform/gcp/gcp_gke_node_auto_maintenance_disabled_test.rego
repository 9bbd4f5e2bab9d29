package evident.checks.terraform.gcp_gke_node_auto_maintenance_disabled_test

import data.evident.checks.terraform.gcp_gke_node_auto_maintenance_disabled as check
import data.evident.lib.tf_fixtures_test as tf

test_switches_off_are_reported if {
	check.deny == {
		{"resource": "google_container_node_pool.a", "path": ["config", "management", 0, "auto_upgrade"], "msg": "google_container_node_pool.a turns auto_upgrade off: security patches are not applied to the nodes"},
		{"resource": "google_container_node_pool.a", "path": ["config", "management", 0, "auto_repair"], "msg": "google_container_node_pool.a turns auto_repair off: failed nodes are not repaired"},
		{"resource": "google_container_cluster.b", "path": ["config", "node_pool", 1, "management", 0, "auto_upgrade"], "msg": "google_container_cluster.b node_pool batch turns auto_upgrade off: security patches are not applied to the nodes"},
	} with input as tf.doc([
		tf.res("google_container_node_pool", "a", {"management": [{"auto_upgrade": false, "auto_repair": false}]}),
		tf.res("google_container_cluster", "b", {"node_pool": [
			{"name": "web", "management": [{"auto_upgrade": true}]},
			{"name": "batch", "management": [{"auto_upgrade": false, "auto_repair": true}]},
		]}),
	])
}

# On, left to the default, no management block, unknown.
test_defaults_and_unknowns_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("google_container_node_pool", "a", {"management": [{"auto_upgrade": true, "auto_repair": true}]}),
		tf.res("google_container_node_pool", "b", {"management": [{}]}),
		tf.res("google_container_node_pool", "c", {"node_count": 1}),
		tf.res("google_container_node_pool", "d", {"management": [{"auto_upgrade": tf.unknown("var.upgrade"), "auto_repair": tf.unknown("var.repair")}]}),
		tf.res("google_container_cluster", "e", {"node_pool": tf.unknown("var.pools")}),
	])
}
