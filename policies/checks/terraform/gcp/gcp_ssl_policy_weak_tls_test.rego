package evident.checks.terraform.gcp_ssl_policy_weak_tls_test

import data.evident.checks.terraform.gcp_ssl_policy_weak_tls as check

policy(type, name, config) := {
	"id": concat(".", [type, name]), "mode": "managed", "type": type, "name": name,
	"file": "lb.tf", "startLine": 1, "endLine": 5, "config": config,
}

test_legacy_and_unset_versions_are_reported if {
	check.deny == {
		{"resource": "google_compute_ssl_policy.a", "path": ["config", "min_tls_version"], "msg": "google_compute_ssl_policy.a accepts TLS_1_0 (min_tls_version below TLS_1_2)"},
		{"resource": "google_compute_region_ssl_policy.b", "path": ["config", "min_tls_version"], "msg": "google_compute_region_ssl_policy.b accepts TLS_1_1 (min_tls_version below TLS_1_2)"},
		{"resource": "google_compute_ssl_policy.c", "msg": "google_compute_ssl_policy.c does not set min_tls_version, so it accepts TLS 1.0 (the default, TLS_1_0)"},
		{"resource": "google_compute_ssl_policy.d", "msg": "google_compute_ssl_policy.d does not set min_tls_version, so it accepts TLS 1.0 (the default, TLS_1_0)"},
	} with input as {"type": "terraform", "resources": [
		policy("google_compute_ssl_policy", "a", {"name": "a", "min_tls_version": "TLS_1_0"}),
		policy("google_compute_region_ssl_policy", "b", {"name": "b", "profile": "MODERN", "min_tls_version": "TLS_1_1"}),
		policy("google_compute_ssl_policy", "c", {"name": "c", "profile": "CUSTOM", "custom_features": ["TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"]}),
		policy("google_compute_ssl_policy", "d", {"name": "d", "min_tls_version": null}),
	]}
}

test_tls_1_2_and_above_restricted_and_unknown_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		policy("google_compute_ssl_policy", "a", {"name": "a", "profile": "MODERN", "min_tls_version": "TLS_1_2"}),
		policy("google_compute_region_ssl_policy", "b", {"name": "b", "profile": "RESTRICTED", "min_tls_version": "TLS_1_3"}),
		policy("google_compute_ssl_policy", "c", {"name": "c", "min_tls_version": {"__unknown__": "var.min_tls", "refs": ["var.min_tls"]}}),
		policy("google_compute_ssl_policy", "d", {"name": "d", "profile": "RESTRICTED"}),
		policy("google_compute_ssl_policy", "e", {"name": "e", "profile": "RESTRICTED", "min_tls_version": "TLS_1_0"}),
		policy("google_compute_ssl_policy", "f", {"name": "f", "profile": {"__unknown__": "var.profile", "refs": ["var.profile"]}}),
	]}
}
