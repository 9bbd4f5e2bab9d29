package evident.checks.terraform.gcp_gke_shielded_nodes_disabled_test

import data.evident.checks.terraform.gcp_gke_shielded_nodes_disabled as check
import data.evident.lib.tf_fixtures_test as tf

test_shielded_nodes_off_is_reported if {
	check.deny == {{"resource": "google_container_cluster.a", "path": ["config", "enable_shielded_nodes"], "msg": "google_container_cluster.a turns Shielded GKE Nodes off (enable_shielded_nodes = false): node identity and boot integrity are not verified"}} with input as tf.doc([tf.res("google_container_cluster", "a", {"enable_shielded_nodes": false})])
}

# True, unset (the default), unknown.
test_shielded_nodes_on_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("google_container_cluster", "a", {"enable_shielded_nodes": true}),
		tf.res("google_container_cluster", "b", {"name": "records"}),
		tf.res("google_container_cluster", "c", {"enable_shielded_nodes": tf.unknown("var.shielded")}),
	])
}
