package evident.checks.terraform.gcp_storage_versioning_disabled_test

import data.evident.checks.terraform.gcp_storage_versioning_disabled as check

bucket(name, config) := {
	"id": concat(".", ["google_storage_bucket", name]), "mode": "managed", "type": "google_storage_bucket", "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": config,
}

test_unversioned_buckets_are_reported if {
	check.deny == {
		{"resource": "google_storage_bucket.a", "msg": "google_storage_bucket.a has no versioning: overwritten and deleted objects cannot be restored"},
		{
			"resource": "google_storage_bucket.b",
			"path": ["config", "versioning", 0],
			"msg": "google_storage_bucket.b has versioning disabled: overwritten and deleted objects cannot be restored",
		},
	} with input as {"type": "terraform", "resources": [bucket("a", {}), bucket("b", {"versioning": [{"enabled": false}]})]}
}

test_versioned_and_unknown_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		bucket("a", {"versioning": [{"enabled": true}]}),
		bucket("b", {"versioning": [{"enabled": {"__unknown__": "var.versioning", "refs": ["var.versioning"]}}]}),
		bucket("c", {"dynamic": {"versioning": [{"content": [{}]}]}}),
	]}
}
