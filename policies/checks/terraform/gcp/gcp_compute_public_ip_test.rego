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
