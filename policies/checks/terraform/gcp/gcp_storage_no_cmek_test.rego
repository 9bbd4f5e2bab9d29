package evident.checks.terraform.gcp_storage_no_cmek_test

import data.evident.checks.terraform.gcp_storage_no_cmek as check

bucket(name, config) := {
	"id": concat(".", ["google_storage_bucket", name]), "mode": "managed", "type": "google_storage_bucket", "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": config,
}

test_google_managed_keys_are_reported if {
	check.deny == {{
		"resource": "google_storage_bucket.a",
		"msg": "google_storage_bucket.a is encrypted only with Google-managed keys (no encryption.default_kms_key_name)",
	}} with input as {"type": "terraform", "resources": [bucket("a", {})]}
}

test_customer_keys_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		bucket("a", {"encryption": [{"default_kms_key_name": "projects/p/locations/eu/keyRings/r/cryptoKeys/k"}]}),
		bucket("b", {"encryption": [{"default_kms_key_name": {"__unknown__": "google_kms_crypto_key.k.id", "refs": ["google_kms_crypto_key.k.id"]}}]}),
	]}
}

test_empty_key_name_is_reported if {
	check.deny == {
		{
			"resource": "google_storage_bucket.empty",
			"msg": "google_storage_bucket.empty is encrypted only with Google-managed keys (no encryption.default_kms_key_name)",
		},
		{
			"resource": "google_storage_bucket.blank",
			"msg": "google_storage_bucket.blank is encrypted only with Google-managed keys (no encryption.default_kms_key_name)",
		},
	} with input as {"type": "terraform", "resources": [
		bucket("empty", {"encryption": [{"default_kms_key_name": ""}]}),
		bucket("blank", {"encryption": [{"default_kms_key_name": " "}]}),
	]}
}
