package evident.checks.terraform.gcp_storage_uniform_access_disabled_test

import data.evident.checks.terraform.gcp_storage_uniform_access_disabled as check

bucket(name, config) := {
	"id": concat(".", ["google_storage_bucket", name]), "mode": "managed", "type": "google_storage_bucket", "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": config,
}

test_absent_and_false_are_reported if {
	check.deny == {
		{"resource": "google_storage_bucket.a", "msg": "google_storage_bucket.a does not set uniform_bucket_level_access = true: objects can carry their own ACLs"},
		{
			"resource": "google_storage_bucket.b",
			"path": ["config", "uniform_bucket_level_access"],
			"msg": "google_storage_bucket.b sets uniform_bucket_level_access = false: objects can carry their own ACLs",
		},
	} with input as {"type": "terraform", "resources": [bucket("a", {}), bucket("b", {"uniform_bucket_level_access": false})]}
}

test_uniform_and_unknown_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		bucket("a", {"uniform_bucket_level_access": true}),
		bucket("b", {"uniform_bucket_level_access": {"__unknown__": "var.uniform", "refs": ["var.uniform"]}}),
	]}
}
