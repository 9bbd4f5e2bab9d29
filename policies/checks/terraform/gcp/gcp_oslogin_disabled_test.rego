package evident.checks.terraform.gcp_oslogin_disabled_test

import data.evident.checks.terraform.gcp_oslogin_disabled as check
import data.evident.lib.tf_fixtures_test as tf

test_os_login_off_is_reported if {
	check.deny == {
		{"resource": "google_compute_instance.a", "path": ["config", "metadata", "enable-oslogin"], "msg": "google_compute_instance.a turns OS Login off (metadata enable-oslogin): SSH keys in metadata, not IAM identities, grant access"},
		{"resource": "google_compute_instance_template.b", "path": ["config", "metadata", "enable-oslogin"], "msg": "google_compute_instance_template.b turns OS Login off (metadata enable-oslogin): SSH keys in metadata, not IAM identities, grant access"},
		{"resource": "google_compute_project_metadata.c", "path": ["config", "metadata", "enable-oslogin"], "msg": "google_compute_project_metadata.c turns OS Login off (metadata enable-oslogin): SSH keys in metadata, not IAM identities, grant access"},
		{"resource": "google_compute_project_metadata_item.d", "path": ["config", "value"], "msg": "google_compute_project_metadata_item.d turns OS Login off for the project (enable-oslogin): SSH keys in metadata, not IAM identities, grant access"},
	} with input as tf.doc([
		tf.res("google_compute_instance", "a", {"metadata": {"enable-oslogin": "FALSE"}}),
		tf.res("google_compute_instance_template", "b", {"metadata": {"enable-oslogin": false}}),
		tf.res("google_compute_project_metadata", "c", {"metadata": {"enable-oslogin": " false "}}),
		tf.res("google_compute_project_metadata_item", "d", {"key": "enable-oslogin", "value": "0"}),
	])
}

# On, left out, another key, unknown.
test_os_login_on_or_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("google_compute_instance", "a", {"metadata": {"enable-oslogin": "TRUE"}}),
		tf.res("google_compute_instance", "b", {"metadata": {"ssh-keys": "admin:ssh-ed25519 AAAA"}}),
		tf.res("google_compute_instance", "c", {"metadata": tf.unknown("var.metadata")}),
		tf.res("google_compute_project_metadata_item", "d", {"key": "enable-oslogin", "value": tf.unknown("var.oslogin")}),
		tf.res("google_compute_project_metadata_item", "e", {"key": "serial-port-enable", "value": "FALSE"}),
	])
}
