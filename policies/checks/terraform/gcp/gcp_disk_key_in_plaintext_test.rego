package evident.checks.terraform.gcp_disk_key_in_plaintext_test

import data.evident.checks.terraform.gcp_disk_key_in_plaintext as check
import data.evident.lib.tf_fixtures_test as tf

raw := "SGVsbG8gZnJvbSBHb29nbGUgQ2xvdWQgUGxhdGZvcm0="

msg(id, where) := concat("", [id, " sets ", where, " to a literal customer-supplied encryption key (the key is committed with the code)"])

test_disk_keys_are_reported if {
	check.deny == {
		{"resource": "google_compute_disk.data", "path": ["config", "disk_encryption_key", 0, "raw_key"], "secret": true, "msg": msg("google_compute_disk.data", "disk_encryption_key.raw_key")},
		{"resource": "google_compute_disk.data", "path": ["config", "source_snapshot_encryption_key", 0, "raw_key"], "secret": true, "msg": msg("google_compute_disk.data", "source_snapshot_encryption_key.raw_key")},
		{"resource": "google_compute_region_disk.data", "path": ["config", "disk_encryption_key", 0, "rsa_encrypted_key"], "secret": true, "msg": msg("google_compute_region_disk.data", "disk_encryption_key.rsa_encrypted_key")},
		{"resource": "google_compute_snapshot.snap", "path": ["config", "snapshot_encryption_key", 0, "raw_key"], "secret": true, "msg": msg("google_compute_snapshot.snap", "snapshot_encryption_key.raw_key")},
		{"resource": "google_compute_image.img", "path": ["config", "image_encryption_key", 0, "raw_key"], "secret": true, "msg": msg("google_compute_image.img", "image_encryption_key.raw_key")},
	} with input as tf.doc([
		tf.res("google_compute_disk", "data", {"disk_encryption_key": [{"raw_key": raw}], "source_snapshot_encryption_key": [{"raw_key": raw}]}),
		tf.res("google_compute_region_disk", "data", {"disk_encryption_key": [{"rsa_encrypted_key": "ieCx/NcW06PcT7Ep1X6LUTc/hLvUDYyzSZPPVCVPTVEohpeHASqC8uw5TzyO9U+Fka9JFHz0mBibXUInrC/jEk014kCK/NPjYgEMOyssZ4ZINPKxlUh2zn1bV+MCaTICrdmuSBTWlUUiFoDD6PYznLwh8ZNdaheCeZ8ewEXgFQ8V+sDroLaN3Xs3MDTXQEMMoNUXMCZEIpg9Vtp9x2oeQ5lAbtt7bYAAHf5l+gJWw3sUfs0/Glw5fpdjT8Uggrr+RMZezGrltJEF293rvTIjWOEB3z5OHyHwQkvdrPDFcTqsLfh+8Hr8g+mf+7zVPEC8nEbqpdl3GPv3A7AwpFp7MA=="}]}),
		tf.res("google_compute_snapshot", "snap", {"snapshot_encryption_key": [{"raw_key": raw}], "source_disk_encryption_key": [{"raw_key": tf.unknown("var.disk_key")}]}),
		tf.res("google_compute_image", "img", {"image_encryption_key": [{"raw_key": raw}]}),
	])
}

test_instance_keys_are_reported if {
	check.deny == {
		{"resource": "google_compute_instance.vm", "path": ["config", "boot_disk", 0, "disk_encryption_key_raw"], "secret": true, "msg": msg("google_compute_instance.vm", "boot_disk.disk_encryption_key_raw")},
		{"resource": "google_compute_instance.vm", "path": ["config", "attached_disk", 1, "disk_encryption_key_raw"], "secret": true, "msg": msg("google_compute_instance.vm", "attached_disk.disk_encryption_key_raw")},
		{"resource": "google_compute_instance.vm", "path": ["config", "boot_disk", 0, "initialize_params", 0, "source_image_encryption_key", 0, "raw_key"], "secret": true, "msg": msg("google_compute_instance.vm", "boot_disk.initialize_params.source_image_encryption_key.raw_key")},
	} with input as tf.doc([tf.res("google_compute_instance", "vm", {
		"boot_disk": [{"disk_encryption_key_raw": raw, "initialize_params": [{"image": "debian-cloud/debian-12", "source_image_encryption_key": [{"raw_key": raw}]}]}],
		"attached_disk": [
			{"source": "disks/a", "disk_encryption_key_raw": tf.unknown("data.google_secret_manager_secret_version.key.secret_data")},
			{"source": "disks/b", "disk_encryption_key_raw": raw},
		],
	})])
}

test_unknown_empty_and_placeholder_keys_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("google_compute_disk", "var", {"disk_encryption_key": [{"raw_key": tf.unknown("var.disk_key")}]}),
		tf.res("google_compute_disk", "file", {"disk_encryption_key": [{"raw_key": tf.unknown("file(\"key.txt\")")}]}),
		tf.res("google_compute_disk", "secret_manager", {"disk_encryption_key": [{"rsa_encrypted_key": tf.unknown("data.google_secret_manager_secret_version.key.secret_data")}]}),
		tf.res("google_compute_disk", "empty", {"disk_encryption_key": [{"raw_key": "", "rsa_encrypted_key": " "}]}),
		tf.res("google_compute_disk", "null", {"disk_encryption_key": [{"raw_key": null}]}),
		tf.res("google_compute_disk", "placeholder", {"disk_encryption_key": [{"raw_key": "changeme"}]}),
		tf.res("google_compute_disk", "template", {"disk_encryption_key": [{"raw_key": "<base64 key>"}]}),
		tf.res("google_compute_disk", "interpolated", {"disk_encryption_key": [{"raw_key": "${var.k}"}]}),
		tf.res("google_compute_disk", "dynamic", {"dynamic": {"disk_encryption_key": [{"for_each": [1], "content": [{"raw_key": raw}]}]}}),
		tf.res("google_compute_disk", "kms", {"disk_encryption_key": [{"kms_key_self_link": "projects/p/locations/l/keyRings/r/cryptoKeys/k"}]}),
		tf.res("google_compute_instance", "vm", {"boot_disk": [{"kms_key_self_link": "projects/p/locations/l/keyRings/r/cryptoKeys/k", "disk_encryption_key_raw": tf.unknown("var.k")}]}),
		tf.res("google_compute_instance_template", "t", {"disk": [{"disk_encryption_key": [{"kms_key_self_link": "k"}]}]}),
	])
}
