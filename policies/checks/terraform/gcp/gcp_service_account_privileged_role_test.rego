package evident.checks.terraform.gcp_service_account_privileged_role_test

import data.evident.checks.terraform.gcp_service_account_privileged_role as check
import data.evident.lib.tf_fixtures_test as tf

test_privileged_grants_to_service_accounts_are_reported if {
	check.deny == {
		{"resource": "google_project_iam_member.a", "path": ["config", "role"], "msg": "google_project_iam_member.a grants roles/owner to the service account serviceAccount:${google_service_account.app.email}"},
		{"resource": "google_project_iam_binding.b", "path": ["config", "members", 0], "msg": "google_project_iam_binding.b grants roles/editor to the service account serviceAccount:ci@clinic-prod.iam.gserviceaccount.com"},
		{"resource": "google_folder_iam_member.c", "path": ["config", "role"], "msg": "google_folder_iam_member.c grants roles/cloudsql.admin to the service account google_service_account.app.member"},
		{"resource": "google_organization_iam_member.d", "path": ["config", "role"], "msg": "google_organization_iam_member.d grants roles/iam.serviceAccountAdmin to the service account serviceAccount:deploy@ops.iam.gserviceaccount.com"},
		{"resource": "google_project_iam_member.e", "path": ["config", "role"], "msg": "google_project_iam_member.e grants roles/viewer to the service account serviceAccount:reporting@clinic-prod.iam.gserviceaccount.com"},
		{"resource": "google_folder_iam_binding.f", "path": ["config", "members", 1], "msg": "google_folder_iam_binding.f grants roles/viewer to the service account google_service_account.app.member"},
	} with input as tf.doc([
		tf.res("google_project_iam_member", "a", {"project": "p", "role": "roles/owner", "member": {"__unknown__": "\"serviceAccount:${google_service_account.app.email}\"", "refs": ["google_service_account.app.email"]}}),
		tf.res("google_project_iam_binding", "b", {"project": "p", "role": "roles/editor", "members": ["serviceAccount:ci@clinic-prod.iam.gserviceaccount.com", "group:admins@clinic.example"]}),
		tf.res("google_folder_iam_member", "c", {"folder": "folders/1", "role": "roles/cloudsql.admin", "member": tf.unknown("google_service_account.app.member")}),
		tf.res("google_organization_iam_member", "d", {"org_id": "1", "role": "roles/iam.serviceAccountAdmin", "member": "serviceAccount:deploy@ops.iam.gserviceaccount.com"}),
		tf.res("google_project_iam_member", "e", {"project": "p", "role": "roles/viewer", "member": "serviceAccount:reporting@clinic-prod.iam.gserviceaccount.com"}),
		tf.res("google_folder_iam_binding", "f", {"folder": "folders/1", "role": "roles/viewer", "members": ["group:auditors@clinic.example", tf.unknown("google_service_account.app.member")]}),
	])
}

test_narrow_roles_people_and_unknown_members_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("google_project_iam_member", "a", {"project": "p", "role": "roles/cloudsql.client", "member": "serviceAccount:app@p.iam.gserviceaccount.com"}),
		tf.res("google_project_iam_member", "b", {"project": "p", "role": "roles/owner", "member": "group:platform-admins@clinic.example"}),
		tf.res("google_project_iam_binding", "c", {"project": "p", "role": "roles/editor", "members": ["user:alice@clinic.example"]}),
		tf.res("google_project_iam_member", "d", {"project": "p", "role": "roles/owner", "member": tf.unknown("var.member")}),
		tf.res("google_project_iam_member", "e", {"project": "p", "role": tf.unknown("var.role"), "member": "serviceAccount:app@p.iam.gserviceaccount.com"}),
		tf.res("google_project_iam_member", "f", {"project": "p", "role": "roles/storage.objectViewer", "member": tf.unknown("google_service_account.app.member")}),
		tf.res("google_project_iam_binding", "g", {"project": "p", "role": "roles/owner", "members": {"__unknown__": "\"serviceAccount:${var.sa}\"", "refs": ["var.sa"]}}),
		tf.res("google_project_iam_member", "h", {"project": "p", "role": "roles/viewer", "member": "user:auditor@clinic.example"}),
		tf.res("google_project_iam_member", "i", {"project": "p", "role": "roles/bigquery.dataViewer", "member": "serviceAccount:reporting@clinic-prod.iam.gserviceaccount.com"}),
		tf.res("google_project_iam_member", "j", {"project": "p", "role": "roles/iam.securityReviewer", "member": "serviceAccount:scanner@clinic-prod.iam.gserviceaccount.com"}),
	])
}
