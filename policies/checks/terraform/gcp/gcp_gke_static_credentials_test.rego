package evident.checks.terraform.gcp_gke_static_credentials_test

import data.evident.checks.terraform.gcp_gke_static_credentials as check
import data.evident.lib.tf_fixtures_test as tf

cluster(name, auth) := tf.res("google_container_cluster", name, {"name": name, "location": "europe-west3", "master_auth": auth})

test_basic_auth_and_client_certificate_are_reported if {
	check.deny == {
		{
			"resource": "google_container_cluster.a",
			"path": ["config", "master_auth", 0, "username"],
			"msg": "google_container_cluster.a enables basic authentication to its control plane (master_auth sets a username and password)",
		},
		{
			"resource": "google_container_cluster.b",
			"path": ["config", "master_auth", 0, "client_certificate_config", 0, "issue_client_certificate"],
			"msg": "google_container_cluster.b issues a client certificate for its control plane (issue_client_certificate = true)",
		},
	} with input as tf.doc([
		cluster("a", [{"username": "admin", "password": tf.unknown("var.gke_password")}]),
		cluster("b", [{"client_certificate_config": [{"issue_client_certificate": true}]}]),
	])
}

# No master_auth, basic auth turned off the old way (""), no certificate, unknown values.
test_off_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("google_container_cluster", "a", {"name": "a"}),
		cluster("b", [{"username": "", "password": "", "client_certificate_config": [{"issue_client_certificate": false}]}]),
		cluster("c", [{"username": tf.unknown("var.user"), "client_certificate_config": [{"issue_client_certificate": tf.unknown("var.cert")}]}]),
	])
}

# master_auth written as an object (Terraform 0.11) is located without an index.
test_a_block_written_as_an_object if {
	check.deny == {{
		"resource": "google_container_cluster.a",
		"path": ["config", "master_auth", "username"],
		"msg": "google_container_cluster.a enables basic authentication to its control plane (master_auth sets a username and password)",
	}} with input as tf.doc([cluster("a", {"username": "admin"})])
}
