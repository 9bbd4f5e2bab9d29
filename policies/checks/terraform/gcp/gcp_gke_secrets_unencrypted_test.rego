package evident.checks.terraform.gcp_gke_secrets_unencrypted_test

import data.evident.checks.terraform.gcp_gke_secrets_unencrypted as check

cluster(name, config) := {
	"id": concat(".", ["google_container_cluster", name]), "mode": "managed", "type": "google_container_cluster", "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": config,
}

key := "projects/p/locations/europe-west3/keyRings/r/cryptoKeys/k"

test_missing_block_is_reported if {
	check.deny == {{
		"resource": "google_container_cluster.main",
		"msg": "google_container_cluster.main does not encrypt Kubernetes Secrets with a Cloud KMS key (no database_encryption block)",
	}} with input as {"type": "terraform", "resources": [cluster("main", {"name": "main"})]}
}

test_decrypted_state_is_reported if {
	check.deny == {{
		"resource": "google_container_cluster.main",
		"path": ["config", "database_encryption", 0, "state"],
		"msg": "google_container_cluster.main does not encrypt Kubernetes Secrets with a Cloud KMS key (database_encryption.state = \"DECRYPTED\")",
	}} with input as {"type": "terraform", "resources": [cluster("main", {"database_encryption": [{"state": "DECRYPTED", "key_name": ""}]})]}
}

test_encrypted_passes if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		cluster("literal", {"database_encryption": [{"state": "ENCRYPTED", "key_name": key}]}),
		cluster("ref", {"database_encryption": [{
			"state": "ENCRYPTED",
			"key_name": {"__unknown__": "google_kms_crypto_key.gke.id", "refs": ["google_kms_crypto_key.gke.id"]},
		}]}),
	]}
}

test_unknown_and_dynamic_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		cluster("var", {"database_encryption": [{"state": {"__unknown__": "var.state", "refs": ["var.state"]}, "key_name": key}]}),
		cluster("dynamic", {"dynamic": {"database_encryption": [{"for_each": {"__unknown__": "var.keys", "refs": ["var.keys"]}, "content": [{"state": "ENCRYPTED"}]}]}}),
	]}
}

test_control_plane_key_passes if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		cluster("absent", {"user_managed_keys_config": [{"control_plane_disk_encryption_key": key}]}),
		cluster("decrypted", {
			"database_encryption": [{"state": "DECRYPTED"}],
			"user_managed_keys_config": [{"control_plane_disk_encryption_key": {"__unknown__": "var.key", "refs": ["var.key"]}}],
		}),
	]}
}

test_blank_control_plane_key_is_reported if {
	check.deny == {{
		"resource": "google_container_cluster.main",
		"msg": "google_container_cluster.main does not encrypt Kubernetes Secrets with a Cloud KMS key (no database_encryption block)",
	}} with input as {"type": "terraform", "resources": [cluster("main", {"user_managed_keys_config": [{"control_plane_disk_encryption_key": ""}]})]}
}
