package evident.checks.terraform.gcp_basic_role_granted_to_people_test

import data.evident.checks.terraform.gcp_basic_role_granted_to_people as check
import data.evident.lib.tf_fixtures_test as tf

test_basic_roles_to_people_are_reported if {
	check.deny == {
		{"resource": "google_project_iam_member.a", "path": ["config", "role"], "msg": "google_project_iam_member.a grants the basic role roles/editor to user:ana@example.com"},
		{"resource": "google_folder_iam_binding.b", "path": ["config", "members", 1], "msg": "google_folder_iam_binding.b grants the basic role roles/owner to group:ops@example.com"},
		{"resource": "google_organization_iam_member.c", "path": ["config", "role"], "msg": "google_organization_iam_member.c grants the basic role roles/viewer to domain:example.com"},
		{"resource": "google_project_iam_member.d", "path": ["config", "role"], "msg": "google_project_iam_member.d grants the basic role roles/editor to user:${var.owner_email}"},
	} with input as tf.doc([
		tf.res("google_project_iam_member", "a", {"project": "records", "role": "roles/editor", "member": "user:ana@example.com"}),
		tf.res("google_folder_iam_binding", "b", {"folder": "folders/1", "role": "roles/owner", "members": ["serviceAccount:ci@p.iam.gserviceaccount.com", "group:ops@example.com"]}),
		tf.res("google_organization_iam_member", "c", {"org_id": "1", "role": "roles/viewer", "member": "domain:example.com"}),
		tf.res("google_project_iam_member", "d", {"project": "records", "role": "roles/editor", "member": {"__unknown__": "\"user:${var.owner_email}\"", "refs": ["var.owner_email"]}}),
	])
}

test_predefined_roles_service_accounts_and_unknowns_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("google_project_iam_member", "a", {"project": "records", "role": "roles/cloudsql.viewer", "member": "group:analysts@example.com"}),
		tf.res("google_project_iam_member", "b", {"project": "records", "role": "roles/editor", "member": "serviceAccount:ci@p.iam.gserviceaccount.com"}),
		tf.res("google_project_iam_member", "c", {"project": "records", "role": "roles/owner", "member": tf.unknown("var.member")}),
		tf.res("google_project_iam_member", "d", {"project": "records", "role": tf.unknown("var.role"), "member": "user:ana@example.com"}),
		tf.res("google_project_iam_binding", "e", {"project": "records", "role": "roles/owner", "members": tf.unknown("var.owners")}),
	])
}
