package evident.checks.terraform.gcp_kms_key_rotation_test

import data.evident.checks.terraform.gcp_kms_key_rotation as check

key(name, config) := {
	"id": concat(".", ["google_kms_crypto_key", name]), "mode": "managed", "type": "google_kms_crypto_key", "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": config,
}

test_missing_and_long_rotation_are_reported if {
	check.deny == {
		{"resource": "google_kms_crypto_key.a", "msg": "google_kms_crypto_key.a has no rotation_period: the key is never rotated"},
		{
			"resource": "google_kms_crypto_key.b",
			"path": ["config", "rotation_period"],
			"msg": "google_kms_crypto_key.b rotates every 365 days (more than 90)",
		},
	} with input as {"type": "terraform", "resources": [
		key("a", {"key_ring": "r"}),
		key("b", {"rotation_period": "31536000s"}),
	]}
}

test_short_rotation_asymmetric_and_unknown_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		key("a", {"rotation_period": "7776000s"}),
		key("b", {"rotation_period": "2592000s"}),
		key("c", {"purpose": "ASYMMETRIC_SIGN"}),
		key("d", {"rotation_period": {"__unknown__": "var.period", "refs": ["var.period"]}}),
	]}
}
