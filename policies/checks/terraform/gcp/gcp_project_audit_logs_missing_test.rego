package evident.checks.terraform.gcp_project_audit_logs_missing_test

import data.evident.checks.terraform.gcp_project_audit_logs_missing as check

res(type, name, config) := {
	"id": concat(".", [type, name]), "mode": "managed", "type": type, "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": config,
}

test_project_without_audit_config_is_reported if {
	check.deny == {{
		"resource": "google_project.clinic",
		"msg": "google_project.clinic has no Data Access audit logs: no google_project_iam_audit_config for allServices in this module",
	}} with input as {"type": "terraform", "resources": [
		res("google_project", "clinic", {"project_id": "clinic-prod"}),
		res("google_project_iam_audit_config", "storage", {"service": "storage.googleapis.com"}),
	]}
}

test_audited_projects_and_modules_without_projects_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		res("google_project", "clinic", {"project_id": "clinic-prod"}),
		res("google_project_iam_audit_config", "all", {"service": "allServices"}),
	]}
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		res("google_project", "clinic", {"project_id": "clinic-prod"}),
		res("google_folder_iam_audit_config", "each", {"service": {"__unknown__": "each.value", "refs": ["each.value"]}}),
	]}
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [res("google_storage_bucket", "b", {})]}
}
