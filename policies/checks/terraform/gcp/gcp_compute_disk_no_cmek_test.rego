package evident.checks.terraform.gcp_compute_disk_no_cmek_test

import data.evident.checks.terraform.gcp_compute_disk_no_cmek as check

res(type, name, config) := {
	"id": concat(".", [type, name]), "mode": "managed", "type": type, "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": config,
}

key := "projects/p/locations/europe-west3/keyRings/r/cryptoKeys/k"

ref := {"__unknown__": "google_kms_crypto_key.disks.id", "refs": ["google_kms_crypto_key.disks.id"]}

image := [{"image": "debian-cloud/debian-12"}]

test_disks_without_key_are_reported if {
	check.deny == {
		{
			"resource": "google_compute_disk.data",
			"msg": "google_compute_disk.data is encrypted only with Google-managed keys (no disk_encryption_key.kms_key_self_link)",
		},
		{
			"resource": "google_compute_region_disk.data",
			"msg": "google_compute_region_disk.data is encrypted only with Google-managed keys (no disk_encryption_key.kms_key_name)",
		},
	} with input as {"type": "terraform", "resources": [
		res("google_compute_disk", "data", {"size": 50}),
		res("google_compute_region_disk", "data", {"size": 50, "source_disk": null}),
	]}
}

test_empty_keys_are_reported if {
	check.deny == {
		{
			"resource": "google_compute_disk.empty_block",
			"msg": "google_compute_disk.empty_block is encrypted only with Google-managed keys (no disk_encryption_key.kms_key_self_link)",
		},
		{
			"resource": "google_compute_disk.blank",
			"msg": "google_compute_disk.blank is encrypted only with Google-managed keys (no disk_encryption_key.kms_key_self_link)",
		},
		{
			"resource": "google_compute_region_disk.wrong_attr",
			"msg": "google_compute_region_disk.wrong_attr is encrypted only with Google-managed keys (no disk_encryption_key.kms_key_name)",
		},
	} with input as {"type": "terraform", "resources": [
		res("google_compute_disk", "empty_block", {"disk_encryption_key": [{}]}),
		res("google_compute_disk", "blank", {"disk_encryption_key": [{"raw_key": "", "kms_key_self_link": " "}]}),
		# kms_key_self_link is not an argument of a regional disk's disk_encryption_key.
		res("google_compute_region_disk", "wrong_attr", {"disk_encryption_key": [{"kms_key_self_link": key}]}),
	]}
}

test_disks_with_keys_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		res("google_compute_disk", "kms", {"disk_encryption_key": [{"kms_key_self_link": key}]}),
		res("google_compute_disk", "ref", {"disk_encryption_key": [{"kms_key_self_link": ref}]}),
		res("google_compute_disk", "raw", {"disk_encryption_key": [{"raw_key": "SGVsbG8gZnJvbSBHb29nbGUgQ2xvdWQgUGxhdGZvcm0="}]}),
		res("google_compute_disk", "rsa", {"disk_encryption_key": [{"rsa_encrypted_key": {"__unknown__": "var.rsa", "refs": ["var.rsa"]}}]}),
		res("google_compute_disk", "dynamic", {"dynamic": {"disk_encryption_key": [{"for_each": [1], "content": [{"kms_key_self_link": key}]}]}}),
		res("google_compute_region_disk", "kms", {"disk_encryption_key": [{"kms_key_name": ref}]}),
		res("google_compute_region_disk", "raw", {"disk_encryption_key": [{"raw_key": "SGVsbG8gZnJvbSBHb29nbGUgQ2xvdWQgUGxhdGZvcm0="}]}),
		res("google_compute_region_disk", "rsa", {"disk_encryption_key": [{"rsa_encrypted_key": "c29tZSByc2Egd3JhcHBlZCBrZXk="}]}),
	]}
}

test_clones_and_replicas_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		res("google_compute_disk", "clone", {"source_disk": {"__unknown__": "google_compute_disk.data.id", "refs": ["google_compute_disk.data.id"]}}),
		res("google_compute_region_disk", "replica", {"async_primary_disk": [{"disk": "projects/p/regions/europe-west3/disks/primary"}]}),
	]}
}

test_inline_boot_disk_without_key_is_reported if {
	check.deny == {{
		"resource": "google_compute_instance.vm",
		"path": ["config", "boot_disk", 0],
		"msg": "google_compute_instance.vm boot disk is encrypted only with Google-managed keys (no boot_disk.kms_key_self_link)",
	}} with input as {"type": "terraform", "resources": [res("google_compute_instance", "vm", {
		"boot_disk": [{"initialize_params": image, "kms_key_self_link": ""}],
		"attached_disk": [{"source": "projects/p/zones/europe-west3-a/disks/data"}],
	})]}
}

test_boot_disks_with_keys_or_sources_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		res("google_compute_instance", "kms", {"boot_disk": [{"initialize_params": image, "kms_key_self_link": key}]}),
		res("google_compute_instance", "ref", {"boot_disk": [{"initialize_params": image, "kms_key_self_link": ref}]}),
		res("google_compute_instance", "raw", {"boot_disk": [{"initialize_params": image, "disk_encryption_key_raw": {"__unknown__": "var.raw", "refs": ["var.raw"]}}]}),
		res("google_compute_instance", "rsa", {"boot_disk": [{"initialize_params": image, "disk_encryption_key_rsa": "c29tZSByc2Egd3JhcHBlZCBrZXk="}]}),
		res("google_compute_instance", "source", {"boot_disk": [{"source": {"__unknown__": "google_compute_disk.boot.self_link", "refs": ["google_compute_disk.boot.self_link"]}}]}),
		res("google_compute_instance", "source_and_params", {"boot_disk": [{"source": "projects/p/zones/europe-west3-a/disks/boot", "initialize_params": image}]}),
		res("google_compute_instance", "no_params", {"boot_disk": [{"auto_delete": false}]}),
		res("google_compute_instance", "dynamic_boot", {"dynamic": {"boot_disk": [{"for_each": [1], "content": [{"initialize_params": image}]}]}}),
	]}
}

test_dynamic_initialize_params_is_reported if {
	check.deny == {{
		"resource": "google_compute_instance.vm",
		"path": ["config", "boot_disk", 0],
		"msg": "google_compute_instance.vm boot disk is encrypted only with Google-managed keys (no boot_disk.kms_key_self_link)",
	}} with input as {"type": "terraform", "resources": [res("google_compute_instance", "vm", {"boot_disk": [{
		"source": null,
		"dynamic": {"initialize_params": [{"for_each": [1], "content": [{"image": "debian-cloud/debian-12"}]}]},
	}]})]}
}
