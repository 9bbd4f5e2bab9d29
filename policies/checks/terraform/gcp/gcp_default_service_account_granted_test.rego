package evident.checks.terraform.gcp_default_service_account_granted_test

import data.evident.checks.terraform.gcp_default_service_account_granted as check
import data.evident.lib.tf_fixtures_test as tf

compute_sa := "serviceAccount:123456789012-compute@developer.gserviceaccount.com"

appspot_sa := "serviceAccount:clinic-prod@appspot.gserviceaccount.com"

member(type, name, role, m) := tf.res(type, name, {"project": "clinic-prod", "role": role, "member": m})

msg(id, role, level, account, who) := sprintf("%s grants %s on the %s to %s (%s): every workload left on that account gets it", [id, role, level, account, who])

compute := "the Compute Engine default service account"

test_default_accounts_granted if {
	check.deny == {
		{"resource": "google_project_iam_member.storage", "path": ["config", "role"], "msg": msg("google_project_iam_member.storage", "roles/storage.objectAdmin", "project", compute, compute_sa)},
		{"resource": "google_folder_iam_member.appspot", "path": ["config", "role"], "msg": msg("google_folder_iam_member.appspot", "roles/cloudsql.client", "folder", "the App Engine default service account", appspot_sa)},
		{"resource": "google_project_iam_binding.editors", "path": ["config", "members", 1], "msg": msg("google_project_iam_binding.editors", "roles/bigquery.dataEditor", "project", compute, compute_sa)},
		{"resource": "google_project_iam_member.data", "path": ["config", "role"], "msg": msg("google_project_iam_member.data", "roles/secretmanager.secretAccessor", "project", compute, "data.google_compute_default_service_account.default.member")},
		{"resource": "google_organization_iam_policy.org", "path": ["config", "policy_data"], "msg": msg("google_organization_iam_policy.org", "roles/browser", "organization", compute, compute_sa)},
	} with input as tf.doc([
		member("google_project_iam_member", "storage", "roles/storage.objectAdmin", compute_sa),
		member("google_folder_iam_member", "appspot", "roles/cloudsql.client", appspot_sa),
		tf.res("google_project_iam_binding", "editors", {"project": "clinic-prod", "role": "roles/bigquery.dataEditor", "members": ["group:analysts@clinic.example", compute_sa]}),
		member("google_project_iam_member", "data", "roles/secretmanager.secretAccessor", tf.unknown("data.google_compute_default_service_account.default.member")),
		tf.res("google_organization_iam_policy", "org", {"org_id": "1234", "policy_data": json.marshal({"bindings": [{"role": "roles/browser", "members": [compute_sa, "group:admins@clinic.example"]}]})}),
	])
}

test_not_reported if {
	count(check.deny) == 0 with input as tf.doc([
		# A minimal node account's roles.
		member("google_project_iam_member", "logs", "roles/logging.logWriter", compute_sa),
		member("google_project_iam_member", "metrics", "roles/monitoring.metricWriter", compute_sa),
		# A service account of its own, a conditional grant, an unknown role, a grant on one bucket.
		member("google_project_iam_member", "own", "roles/storage.objectAdmin", "serviceAccount:records-api@clinic-prod.iam.gserviceaccount.com"),
		tf.res("google_project_iam_member", "conditional", {"project": "clinic-prod", "role": "roles/storage.objectViewer", "member": compute_sa, "condition": [{"title": "exports only", "expression": "resource.name.startsWith('projects/_/buckets/exports')"}]}),
		member("google_project_iam_member", "unknown_role", tf.unknown("var.role"), compute_sa),
		tf.res("google_storage_bucket_iam_member", "bucket", {"bucket": "exports", "role": "roles/storage.objectViewer", "member": compute_sa}),
	])
}
