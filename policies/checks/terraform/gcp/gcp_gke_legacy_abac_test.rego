package evident.checks.terraform.gcp_gke_legacy_abac_test

import data.evident.checks.terraform.gcp_gke_legacy_abac as check

cluster(name, config) := {
	"id": concat(".", ["google_container_cluster", name]), "mode": "managed", "type": "google_container_cluster", "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": config,
}

test_legacy_abac_is_reported if {
	check.deny == {{
		"resource": "google_container_cluster.main",
		"path": ["config", "enable_legacy_abac"],
		"msg": "google_container_cluster.main enables legacy ABAC (enable_legacy_abac = true)",
	}} with input as {"type": "terraform", "resources": [cluster("main", {"enable_legacy_abac": true})]}
}

test_default_and_unknown_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		cluster("a", {}),
		cluster("b", {"enable_legacy_abac": false}),
		cluster("c", {"enable_legacy_abac": {"__unknown__": "var.abac", "refs": ["var.abac"]}}),
	]}
}
