package evident.checks.terraform.gcp_subnet_flow_logs_disabled_test

import data.evident.checks.terraform.gcp_subnet_flow_logs_disabled as check

subnet(name, config) := {
	"id": concat(".", ["google_compute_subnetwork", name]), "mode": "managed", "type": "google_compute_subnetwork", "name": name,
	"file": "network.tf", "startLine": 1, "endLine": 6, "config": config,
}

unknown := {"__unknown__": "var.x", "refs": ["var.x"]}

test_subnets_without_flow_logs_are_reported if {
	check.deny == {
		{"resource": "google_compute_subnetwork.a", "msg": "google_compute_subnetwork.a has no VPC flow logs (no log_config block)"},
		{"resource": "google_compute_subnetwork.b", "msg": "google_compute_subnetwork.b has no VPC flow logs (no log_config block)"},
		{"resource": "google_compute_subnetwork.c", "msg": "google_compute_subnetwork.c has no VPC flow logs (no log_config block)"},
	} with input as {"type": "terraform", "resources": [
		subnet("a", {"name": "a", "ip_cidr_range": "10.0.0.0/24"}),
		subnet("b", {"name": "b", "purpose": "PRIVATE", "enable_flow_logs": false}),
		subnet("c", {"name": "c", "purpose": null, "log_config": []}),
	]}
}

test_logged_proxy_only_and_unknown_subnets_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		subnet("a", {"name": "a", "log_config": [{"aggregation_interval": "INTERVAL_10_MIN", "flow_sampling": 0.5}]}),
		subnet("b", {"name": "b", "enable_flow_logs": true}),
		subnet("c", {"name": "c", "purpose": "REGIONAL_MANAGED_PROXY", "role": "ACTIVE"}),
		subnet("d", {"name": "d", "purpose": "GLOBAL_MANAGED_PROXY"}),
		subnet("e", {"name": "e", "purpose": "INTERNAL_HTTPS_LOAD_BALANCER"}),
		subnet("f", {"name": "f", "purpose": unknown}),
		subnet("g", {"name": "g", "enable_flow_logs": unknown}),
		subnet("h", {"name": "h", "dynamic": {"log_config": [{"for_each": unknown}]}}),
	]}
}
