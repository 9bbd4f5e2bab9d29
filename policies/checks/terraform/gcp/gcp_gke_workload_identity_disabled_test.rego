package evident.checks.terraform.gcp_gke_workload_identity_disabled_test

import data.evident.checks.terraform.gcp_gke_workload_identity_disabled as check

cluster(name, config) := {
	"id": concat(".", ["google_container_cluster", name]), "mode": "managed", "type": "google_container_cluster", "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": config,
}

test_clusters_without_workload_identity_are_reported if {
	check.deny == {{
		"resource": "google_container_cluster.main",
		"msg": "google_container_cluster.main does not enable Workload Identity: pods use the node's service account",
	}} with input as {"type": "terraform", "resources": [cluster("main", {})]}
}

test_workload_identity_and_autopilot_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		cluster("a", {"workload_identity_config": [{"workload_pool": "clinic-prod.svc.id.goog"}]}),
		cluster("b", {"workload_identity_config": [{"workload_pool": {"__unknown__": "\"${var.project}.svc.id.goog\"", "refs": ["var.project"]}}]}),
		cluster("c", {"enable_autopilot": true}),
	]}
}
