package evident.checks.terraform.gcp_resource_outside_allowed_regions_test

import data.evident.checks.terraform.gcp_resource_outside_allowed_regions as check

res(type, name, provider, config) := {
	"id": concat(".", [type, name]), "mode": "managed", "type": type, "name": name, "provider": provider,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": config,
}

doc := {
	"type": "terraform",
	"providers": [
		{"id": "provider.google", "name": "google", "config": {"region": "europe-west3"}},
		{"id": "provider.google.us", "name": "google", "alias": "us", "config": {"region": "us-central1"}},
	],
	"resources": [
		res("google_storage_bucket", "us", "google", {"location": "US"}),
		res("google_storage_bucket", "eu", "google", {"location": "EU"}),
		res("google_storage_bucket", "dual", "google", {"location": "EU", "custom_placement_config": [{"data_locations": ["EUROPE-WEST3", "US-EAST1"]}]}),
		res("google_compute_instance", "zone", "google", {"zone": "europe-west3-a"}),
		res("google_compute_instance", "us_zone", "google", {"zone": "us-east1-b"}),
		res("google_sql_database_instance", "default", "google", {}),
		res("google_sql_database_instance", "aliased", "google.us", {}),
		res("google_sql_database_instance", "unknown", "google.us", {"region": {"__unknown__": "var.region", "refs": ["var.region"]}}),
		res("google_bigquery_dataset", "no_location", "google", {"dataset_id": "a"}),
		res("google_project_iam_member", "global", "google.us", {"role": "roles/viewer"}),
	],
}

test_resources_outside_the_list_are_reported if {
	check.deny == {
		{"resource": "google_storage_bucket.us", "path": ["config", "location"], "msg": "google_storage_bucket.us is in US, outside the allowed regions (EU, europe-west3)"},
		{
			"resource": "google_storage_bucket.dual",
			"path": ["config", "custom_placement_config", 0, "data_locations", 1],
			"msg": "google_storage_bucket.dual stores data in US-EAST1, outside the allowed regions (EU, europe-west3)",
		},
		{"resource": "google_compute_instance.us_zone", "path": ["config", "zone"], "msg": "google_compute_instance.us_zone is in us-east1-b, outside the allowed regions (EU, europe-west3)"},
		{"resource": "google_sql_database_instance.aliased", "msg": "google_sql_database_instance.aliased is in us-central1 (the region of provider.google.us), outside the allowed regions (EU, europe-west3)"},
		{"resource": "google_bigquery_dataset.no_location", "msg": "google_bigquery_dataset.no_location has no location: BigQuery creates it in the US multi-region, outside the allowed regions (EU, europe-west3)"},
	} with input as doc with data.settings.allowed_regions as ["europe-west3", "EU"]
}

test_no_setting_is_silent if {
	count(check.deny) == 0 with input as doc
	count(check.deny) == 0 with input as doc with data.settings.allowed_regions as []
}
