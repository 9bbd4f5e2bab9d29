package evident.checks.terraform.gcp_gke_network_policy_disabled_test

import data.evident.checks.terraform.gcp_gke_network_policy_disabled as check

cluster(name, config) := {
	"id": concat(".", ["google_container_cluster", name]), "mode": "managed", "type": "google_container_cluster", "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": config,
}

test_unenforced_clusters_are_reported if {
	check.deny == {
		{"resource": "google_container_cluster.a", "msg": "google_container_cluster.a does not enforce NetworkPolicies (no network_policy enabled, no Dataplane V2)"},
		{"resource": "google_container_cluster.b", "msg": "google_container_cluster.b does not enforce NetworkPolicies (no network_policy enabled, no Dataplane V2)"},
	} with input as {"type": "terraform", "resources": [
		cluster("a", {"network_policy": [{"enabled": false}]}),
		cluster("b", {"datapath_provider": "LEGACY_DATAPATH"}),
	]}
}

test_enforcing_clusters_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		cluster("a", {"network_policy": [{"enabled": true, "provider": "CALICO"}]}),
		cluster("b", {"datapath_provider": "ADVANCED_DATAPATH"}),
		cluster("c", {"enable_autopilot": true}),
		cluster("d", {"network_policy": [{"enabled": {"__unknown__": "var.np", "refs": ["var.np"]}}]}),
		cluster("e", {"datapath_provider": {"__unknown__": "var.dp", "refs": ["var.dp"]}}),
	]}
}
