package evident.checks.terraform.gcp_project_ssh_keys_accepted_test

import data.evident.checks.terraform.gcp_project_ssh_keys_accepted as check
import data.evident.lib.tf_fixtures_test as tf

project_keys := tf.res("google_compute_project_metadata_item", "keys", {"key": "ssh-keys", "value": "ops:ssh-ed25519 AAAA ops"})

test_opt_out_is_reported if {
	check.deny == {
		{"resource": "google_compute_instance.a", "path": ["config", "metadata", "block-project-ssh-keys"], "msg": "google_compute_instance.a accepts project-wide SSH keys (block-project-ssh-keys = FALSE): any key in the project's metadata logs in to it"},
		{"resource": "google_compute_instance_template.b", "path": ["config", "metadata", "block-project-ssh-keys"], "msg": "google_compute_instance_template.b accepts project-wide SSH keys (block-project-ssh-keys = false): any key in the project's metadata logs in to it"},
		{"resource": "google_compute_instance.c", "path": ["config", "metadata", "block-project-ssh-keys"], "msg": "google_compute_instance.c accepts project-wide SSH keys (block-project-ssh-keys = false): any key in the project's metadata logs in to it"},
	} with input as tf.doc([
		tf.res("google_compute_instance", "a", {"metadata": {"block-project-ssh-keys": "FALSE"}}),
		tf.res("google_compute_instance_template", "b", {"metadata": {"block-project-ssh-keys": false}}),
		tf.res("google_compute_instance", "c", {"metadata": {"block-project-ssh-keys": "false", "enable-oslogin": "FALSE"}}),
	])
}

test_project_keys_not_blocked_are_reported if {
	check.deny == {
		{"resource": "google_compute_instance.a", "path": ["config"], "msg": "google_compute_instance.a accepts the project-wide SSH keys of google_compute_project_metadata.keys, google_compute_project_metadata_item.keys (no block-project-ssh-keys in its metadata)"},
		{"resource": "google_compute_instance_template.b", "path": ["config", "metadata"], "msg": "google_compute_instance_template.b accepts the project-wide SSH keys of google_compute_project_metadata.keys, google_compute_project_metadata_item.keys (no block-project-ssh-keys in its metadata)"},
	} with input as tf.doc([
		project_keys,
		tf.res("google_compute_project_metadata", "keys", {"metadata": {"sshKeys": tf.unknown("var.keys")}}),
		tf.res("google_compute_instance", "a", {"name": "a"}),
		tf.res("google_compute_instance_template", "b", {"metadata": {"startup-script": "echo"}}),
		tf.res("google_compute_instance", "c", {"metadata": {"block-project-ssh-keys": "TRUE"}}),
		tf.res("google_compute_instance", "d", {"metadata": {"enable-oslogin": "TRUE"}}),
		tf.res("google_compute_instance", "e", {"metadata": tf.unknown("var.metadata")}),
		tf.res("google_compute_instance", "f", {"metadata": {"block-project-ssh-keys": tf.unknown("var.block")}}),
	])
}

# OS Login on for the instance (or not known), or on for the project and not turned off; no project keys here.
test_os_login_or_no_project_keys_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("google_compute_instance", "a", {"metadata": {"block-project-ssh-keys": false, "enable-oslogin": "TRUE"}}),
		tf.res("google_compute_instance", "b", {"metadata": {"block-project-ssh-keys": false, "enable-oslogin": tf.unknown("var.oslogin")}}),
		tf.res("google_compute_instance", "c", {"metadata": {"block-project-ssh-keys": "TRUE"}}),
		tf.res("google_compute_instance", "d", {"name": "no metadata, no project keys here"}),
	])
	count(check.deny) == 0 with input as tf.doc([
		project_keys,
		tf.res("google_compute_project_metadata_item", "oslogin", {"key": "enable-oslogin", "value": "TRUE"}),
		tf.res("google_compute_instance", "a", {"metadata": {"block-project-ssh-keys": false}}),
		tf.res("google_compute_instance", "b", {"name": "b"}),
	])
}
