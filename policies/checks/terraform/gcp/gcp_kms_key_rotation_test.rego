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
		{
			"resource": "google_kms_crypto_key.c",
			"path": ["config", "rotation_period"],
			"msg": "google_kms_crypto_key.c rotates every 7776000.5s, more than 90 days (7776000s)",
		},
		{
			"resource": "google_kms_crypto_key.d",
			"path": ["config", "rotation_period"],
			"msg": "google_kms_crypto_key.d rotates every 91 days (more than 90)",
		},
		{
			"resource": "google_kms_crypto_key.e",
			"path": ["config", "rotation_period"],
			"msg": "google_kms_crypto_key.e rotates every 7819200s, more than 90 days (7776000s)",
		},
	} with input as {"type": "terraform", "resources": [
		key("a", {"key_ring": "r"}),
		key("b", {"rotation_period": "31536000s"}),
		key("c", {"rotation_period": "7776000.5s"}),
		key("d", {"rotation_period": "7862400.000s"}),
		key("e", {"rotation_period": "7819200s"}),
	]}
}

test_short_rotation_asymmetric_and_unknown_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		key("a", {"rotation_period": "7776000s"}),
		key("b", {"rotation_period": "2592000s"}),
		key("fraction", {"rotation_period": "7775999.5s"}),
		key("exact", {"rotation_period": "7776000.000s"}),
		key("c", {"purpose": "ASYMMETRIC_SIGN"}),
		key("d", {"rotation_period": {"__unknown__": "var.period", "refs": ["var.period"]}}),
	]}
}
