package evident.checks.terraform.gcp_storage_access_logging_test

import data.evident.checks.terraform.gcp_storage_access_logging as check

res(type, name, config) := {
	"id": concat(".", [type, name]), "mode": "managed", "type": type, "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": config,
}

test_unlogged_bucket_is_reported if {
	check.deny == {{
		"resource": "google_storage_bucket.records",
		"msg": "google_storage_bucket.records has no usage logging and the module enables no Data Access audit logs for Cloud Storage",
	}} with input as {"type": "terraform", "resources": [
		res("google_storage_bucket", "records", {}),
		res("google_storage_bucket", "logged", {"logging": [{"log_bucket": "clinic-logs"}]}),
		res("google_project_iam_audit_config", "bq", {"service": "bigquery.googleapis.com"}),
	]}
}

test_audit_config_covers_every_bucket if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		res("google_storage_bucket", "records", {}),
		res("google_project_iam_audit_config", "all", {"service": "allServices", "audit_log_config": [{"log_type": "DATA_READ"}]}),
	]}
}
