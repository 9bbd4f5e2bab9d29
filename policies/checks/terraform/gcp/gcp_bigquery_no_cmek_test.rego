package evident.checks.terraform.gcp_bigquery_no_cmek_test

import data.evident.checks.terraform.gcp_bigquery_no_cmek as check

dataset(name, config) := {
	"id": concat(".", ["google_bigquery_dataset", name]), "mode": "managed", "type": "google_bigquery_dataset", "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": config,
}

test_google_managed_keys_are_reported if {
	check.deny == {{
		"resource": "google_bigquery_dataset.a",
		"msg": "google_bigquery_dataset.a is encrypted only with Google-managed keys (no default_encryption_configuration.kms_key_name)",
	}} with input as {"type": "terraform", "resources": [dataset("a", {"dataset_id": "a"})]}
}

test_customer_keys_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		dataset("a", {"default_encryption_configuration": [{"kms_key_name": {"__unknown__": "google_kms_crypto_key.k.id", "refs": ["google_kms_crypto_key.k.id"]}}]}),
	]}
}

test_empty_key_name_is_reported if {
	check.deny == {{
		"resource": "google_bigquery_dataset.a",
		"msg": "google_bigquery_dataset.a is encrypted only with Google-managed keys (no default_encryption_configuration.kms_key_name)",
	}} with input as {"type": "terraform", "resources": [
		dataset("a", {"default_encryption_configuration": [{"kms_key_name": ""}]}),
		dataset("b", {"default_encryption_configuration": [{"kms_key_name": "projects/p/locations/eu/keyRings/r/cryptoKeys/k"}]}),
	]}
}
