package evident.checks.terraform.gcp_service_account_privileged_role_test

import data.evident.checks.terraform.gcp_service_account_privileged_role as check

grant(type, name, config) := {
	"id": concat(".", [type, name]), "mode": "managed", "type": type, "name": name,
	"file": "iam.tf", "startLine": 1, "endLine": 5, "config": config,
}

test_privileged_grants_to_service_accounts_are_reported if {
	check.deny == {
		{"resource": "google_project_iam_member.a", "path": ["config", "role"], "msg": "google_project_iam_member.a grants roles/owner to the service account serviceAccount:${google_service_account.app.email}"},
		{"resource": "google_project_iam_binding.b", "path": ["config", "members", 0], "msg": "google_project_iam_binding.b grants roles/editor to the service account serviceAccount:ci@clinic-prod.iam.gserviceaccount.com"},
		{"resource": "google_folder_iam_member.c", "path": ["config", "role"], "msg": "google_folder_iam_member.c grants roles/cloudsql.admin to the service account google_service_account.app.member"},
		{"resource": "google_organization_iam_member.d", "path": ["config", "role"], "msg": "google_organization_iam_member.d grants roles/iam.serviceAccountAdmin to the service account serviceAccount:deploy@ops.iam.gserviceaccount.com"},
	} with input as {"type": "terraform", "resources": [
		grant("google_project_iam_member", "a", {"project": "p", "role": "roles/owner", "member": {"__unknown__": "\"serviceAccount:${google_service_account.app.email}\"", "refs": ["google_service_account.app.email"]}}),
		grant("google_project_iam_binding", "b", {"project": "p", "role": "roles/editor", "members": ["serviceAccount:ci@clinic-prod.iam.gserviceaccount.com", "group:admins@clinic.example"]}),
		grant("google_folder_iam_member", "c", {"folder": "folders/1", "role": "roles/cloudsql.admin", "member": {"__unknown__": "google_service_account.app.member", "refs": ["google_service_account.app.member"]}}),
		grant("google_organization_iam_member", "d", {"org_id": "1", "role": "roles/iam.serviceAccountAdmin", "member": "serviceAccount:deploy@ops.iam.gserviceaccount.com"}),
	]}
}

test_narrow_roles_people_and_unknown_members_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		grant("google_project_iam_member", "a", {"project": "p", "role": "roles/cloudsql.client", "member": "serviceAccount:app@p.iam.gserviceaccount.com"}),
		grant("google_project_iam_member", "b", {"project": "p", "role": "roles/owner", "member": "group:platform-admins@clinic.example"}),
		grant("google_project_iam_binding", "c", {"project": "p", "role": "roles/editor", "members": ["user:alice@clinic.example"]}),
		grant("google_project_iam_member", "d", {"project": "p", "role": "roles/owner", "member": {"__unknown__": "var.member", "refs": ["var.member"]}}),
		grant("google_project_iam_member", "e", {"project": "p", "role": {"__unknown__": "var.role", "refs": ["var.role"]}, "member": "serviceAccount:app@p.iam.gserviceaccount.com"}),
		grant("google_project_iam_member", "f", {"project": "p", "role": "roles/storage.objectViewer", "member": {"__unknown__": "google_service_account.app.member", "refs": ["google_service_account.app.member"]}}),
		grant("google_project_iam_binding", "g", {"project": "p", "role": "roles/owner", "members": {"__unknown__": "\"serviceAccount:${var.sa}\"", "refs": ["var.sa"]}}),
	]}
}
