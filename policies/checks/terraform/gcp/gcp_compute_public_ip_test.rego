package evident.checks.terraform.gcp_compute_public_ip_test

import data.evident.checks.terraform.gcp_compute_public_ip as check

res(type, name, config) := {
	"id": concat(".", [type, name]), "mode": "managed", "type": type, "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": config,
}

test_access_config_is_reported if {
	check.deny == {
		{
			"resource": "google_compute_instance.app",
			"path": ["config", "network_interface", 0, "access_config"],
			"msg": "google_compute_instance.app has a public IP address (network_interface access_config)",
		},
		{
			"resource": "google_compute_instance_template.workers",
			"path": ["config", "network_interface", 0, "access_config"],
			"msg": "google_compute_instance_template.workers has a public IP address (network_interface access_config)",
		},
	} with input as {"type": "terraform", "resources": [
		res("google_compute_instance", "app", {"network_interface": [{"network": "default", "access_config": [{}]}]}),
		res("google_compute_instance_template", "workers", {"network_interface": [{"network": "default", "access_config": [{"nat_ip": "1.2.3.4"}]}]}),
	]}
}

test_private_instances_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		res("google_compute_instance", "app", {"network_interface": [{"network": "default"}]}),
	]}
}

test_dataproc_and_notebooks_with_external_addresses_are_reported if {
	check.deny == {
		{
			"resource": "google_dataproc_cluster.etl",
			"path": ["config", "cluster_config", 0, "gce_cluster_config", 0, "internal_ip_only"],
			"msg": "google_dataproc_cluster.etl gives every node an external IP address (internal_ip_only = false)",
		},
		{
			"resource": "google_workbench_instance.bare",
			"msg": "google_workbench_instance.bare has no gce_setup: the notebook VM gets an external IP address (disable_public_ip defaults to false)",
		},
		{
			"resource": "google_workbench_instance.default",
			"path": ["config", "gce_setup", 0],
			"msg": "google_workbench_instance.default does not set disable_public_ip = true: the notebook VM gets an external IP address",
		},
		{
			"resource": "google_workbench_instance.off",
			"path": ["config", "gce_setup", 0],
			"msg": "google_workbench_instance.off does not set disable_public_ip = true: the notebook VM gets an external IP address",
		},
		{
			"resource": "google_notebooks_instance.legacy",
			"msg": "google_notebooks_instance.legacy does not set no_public_ip = true: the notebook VM gets an external IP address",
		},
	} with input as {"type": "terraform", "resources": [
		res("google_dataproc_cluster", "etl", {"cluster_config": [{"gce_cluster_config": [{"internal_ip_only": false}]}]}),
		res("google_workbench_instance", "bare", {"location": "europe-west3-a"}),
		res("google_workbench_instance", "default", {"gce_setup": [{"machine_type": "e2-standard-4"}]}),
		res("google_workbench_instance", "off", {"gce_setup": [{"disable_public_ip": false}]}),
		res("google_notebooks_instance", "legacy", {"machine_type": "e2-standard-4"}),
	]}
}

test_private_dataproc_and_notebooks_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		res("google_dataproc_cluster", "default", {"cluster_config": [{"gce_cluster_config": [{"subnetwork": "private"}]}]}),
		res("google_dataproc_cluster", "internal", {"cluster_config": [{"gce_cluster_config": [{"internal_ip_only": true}]}]}),
		res("google_dataproc_cluster", "variable", {"cluster_config": [{"gce_cluster_config": [{"internal_ip_only": {"__unknown__": "var.internal", "refs": ["var.internal"]}}]}]}),
		res("google_dataproc_cluster", "bare", {}),
		res("google_workbench_instance", "private", {"gce_setup": [{"disable_public_ip": true}]}),
		res("google_workbench_instance", "variable", {"gce_setup": [{"disable_public_ip": {"__unknown__": "var.private", "refs": ["var.private"]}}]}),
		res("google_workbench_instance", "dynamic", {"dynamic": {"gce_setup": [{"for_each": [1]}]}}),
		res("google_notebooks_instance", "private", {"no_public_ip": true}),
	]}
}
