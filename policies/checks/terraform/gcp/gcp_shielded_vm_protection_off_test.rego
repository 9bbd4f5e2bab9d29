package evident.checks.terraform.gcp_shielded_vm_protection_off_test

import data.evident.checks.terraform.gcp_shielded_vm_protection_off as check
import data.evident.lib.tf_fixtures_test as tf

test_protections_off_are_reported if {
	check.deny == {
		{"resource": "google_compute_instance.a", "path": ["config", "shielded_instance_config", 0, "enable_vtpm"], "msg": "google_compute_instance.a turns enable_vtpm off: its boot is not measured and secrets cannot be sealed to it"},
		{"resource": "google_compute_instance.a", "path": ["config", "shielded_instance_config", 0, "enable_integrity_monitoring"], "msg": "google_compute_instance.a turns enable_integrity_monitoring off: a changed boot chain raises no alert"},
		{"resource": "google_compute_instance_template.b", "path": ["config", "shielded_instance_config", 0, "enable_integrity_monitoring"], "msg": "google_compute_instance_template.b turns enable_integrity_monitoring off: a changed boot chain raises no alert"},
		{"resource": "google_container_node_pool.c", "path": ["config", "node_config", 0, "shielded_instance_config", 0, "enable_integrity_monitoring"], "msg": "google_container_node_pool.c turns enable_integrity_monitoring off: a changed boot chain raises no alert"},
		{"resource": "google_container_cluster.d", "path": ["config", "node_pool", 0, "node_config", 0, "shielded_instance_config", 0, "enable_vtpm"], "msg": "google_container_cluster.d turns enable_vtpm off: its boot is not measured and secrets cannot be sealed to it"},
	} with input as tf.doc([
		tf.res("google_compute_instance", "a", {"shielded_instance_config": [{"enable_vtpm": false, "enable_integrity_monitoring": false}]}),
		tf.res("google_compute_instance_template", "b", {"shielded_instance_config": [{"enable_secure_boot": true, "enable_integrity_monitoring": false}]}),
		tf.res("google_container_node_pool", "c", {"node_config": [{"shielded_instance_config": [{"enable_integrity_monitoring": false}]}]}),
		tf.res("google_container_cluster", "d", {"node_pool": [{"name": "p", "node_config": [{"shielded_instance_config": [{"enable_vtpm": false}]}]}]}),
	])
}

# On, left to the default, Secure Boot off (not judged), unknown.
test_defaults_and_unknowns_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("google_compute_instance", "a", {"shielded_instance_config": [{"enable_vtpm": true, "enable_integrity_monitoring": true}]}),
		tf.res("google_compute_instance", "b", {"shielded_instance_config": [{"enable_secure_boot": false}]}),
		tf.res("google_compute_instance", "c", {"name": "c"}),
		tf.res("google_compute_instance", "d", {"shielded_instance_config": [{"enable_vtpm": tf.unknown("var.vtpm")}]}),
		tf.res("google_container_node_pool", "e", {"node_config": [{"machine_type": "e2"}]}),
	])
}
