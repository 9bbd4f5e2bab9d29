package evident.checks.terraform.gcp_gke_logging_disabled_test

import data.evident.checks.terraform.gcp_gke_logging_disabled as check

cluster(name, config) := {
	"id": concat(".", ["google_container_cluster", name]), "mode": "managed", "type": "google_container_cluster", "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": config,
}

test_disabled_logging_is_reported if {
	check.deny == {
		{
			"resource": "google_container_cluster.a",
			"path": ["config", "logging_service"],
			"msg": "google_container_cluster.a sets logging_service = \"none\": no logs are collected",
		},
		{
			"resource": "google_container_cluster.b",
			"path": ["config", "logging_config", 0, "enable_components"],
			"msg": "google_container_cluster.b logging_config leaves out WORKLOADS: container logs are not collected",
		},
	} with input as {"type": "terraform", "resources": [
		cluster("a", {"logging_service": "none"}),
		cluster("b", {"logging_config": [{"enable_components": ["SYSTEM_COMPONENTS"]}]}),
	]}
}

test_default_and_full_logging_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		cluster("a", {}),
		cluster("b", {"logging_service": "logging.googleapis.com/kubernetes"}),
		cluster("c", {"logging_config": [{"enable_components": ["SYSTEM_COMPONENTS", "WORKLOADS"]}]}),
		cluster("d", {"logging_config": [{"enable_components": {"__unknown__": "var.components", "refs": ["var.components"]}}]}),
	]}
}
