package evident.checks.terraform.gcp_service_account_impersonation_broad_test

import data.evident.checks.terraform.gcp_service_account_impersonation_broad as check
import data.evident.lib.tf_fixtures_test as tf

test_hierarchy_grants_are_reported if {
	check.deny == {
		{"resource": "google_project_iam_member.a", "path": ["config", "role"], "msg": "google_project_iam_member.a lets user:dev@example.com run code as every service account of the project (roles/iam.serviceAccountUser)"},
		{"resource": "google_folder_iam_binding.b", "path": ["config", "members", 0], "msg": "google_folder_iam_binding.b lets group:ops@example.com mint tokens of every service account of the folder (roles/iam.serviceAccountTokenCreator)"},
		{"resource": "google_folder_iam_binding.b", "path": ["config", "members", 1], "msg": "google_folder_iam_binding.b lets serviceAccount:${var.ci} mint tokens of every service account of the folder (roles/iam.serviceAccountTokenCreator)"},
		{"resource": "google_organization_iam_member.c", "path": ["config", "role"], "msg": "google_organization_iam_member.c lets var.deployer create keys for every service account of the organization (roles/iam.serviceAccountKeyAdmin)"},
		{"resource": "google_project_iam_member.d", "path": ["config", "role"], "msg": "google_project_iam_member.d lets serviceAccount:p.svc.id.goog[ns/app] take on every service account of the project (roles/iam.workloadIdentityUser)"},
		{"resource": "google_project_iam_binding.e", "path": ["config", "role"], "msg": "google_project_iam_binding.e lets var.deployers run code as every service account of the project (roles/iam.serviceAccountUser)"},
	} with input as tf.doc([
		tf.res("google_project_iam_binding", "e", {"project": "p", "role": "roles/iam.serviceAccountUser", "members": tf.unknown("var.deployers")}),
		tf.res("google_project_iam_member", "a", {"project": "p", "role": "roles/iam.serviceAccountUser", "member": "user:dev@example.com"}),
		tf.res("google_folder_iam_binding", "b", {"folder": "folders/1", "role": "roles/iam.serviceAccountTokenCreator", "members": ["group:ops@example.com", {"__unknown__": "\"serviceAccount:${var.ci}\"", "refs": ["var.ci"]}]}),
		tf.res("google_organization_iam_member", "c", {"org_id": "1", "role": "roles/iam.serviceAccountKeyAdmin", "member": tf.unknown("var.deployer")}),
		tf.res("google_project_iam_member", "d", {"project": "p", "role": "roles/iam.workloadIdentityUser", "member": "serviceAccount:p.svc.id.goog[ns/app]"}),
	])
}

test_policy_bindings_are_reported if {
	check.deny == {{"resource": "google_project_iam_policy.p", "path": ["config", "policy_data"], "msg": "google_project_iam_policy.p lets user:dev@example.com mint ID tokens of every service account of the project (roles/iam.serviceAccountOpenIdTokenCreator)"}} with input as tf.doc([tf.res("google_project_iam_policy", "p", {
		"project": "p",
		"policy_data": json.marshal({"bindings": [
			{"role": "roles/iam.serviceAccountOpenIdTokenCreator", "members": ["user:dev@example.com"]},
			{"role": "roles/iam.serviceAccountUser", "members": ["user:ops@example.com"], "condition": {"title": "one", "expression": "resource.name == 'x'"}},
			{"role": "roles/viewer", "members": ["user:dev@example.com"]},
		]}),
	})])
}

# Other roles, conditions (block, dynamic, unknown), unknown roles, bindings without members, grants on one service account.
test_narrow_or_unknown_grants_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("google_project_iam_member", "a", {"role": "roles/cloudsql.client", "member": "user:dev@example.com"}),
		tf.res("google_project_iam_member", "b", {"role": "roles/iam.serviceAccountUser", "member": "user:dev@example.com", "condition": [{"title": "one", "expression": "resource.name.endsWith('x')"}]}),
		tf.res("google_project_iam_member", "c", {"role": "roles/iam.serviceAccountUser", "member": "user:dev@example.com", "dynamic": {"condition": [{"for_each": tf.unknown("var.c"), "content": [{}]}]}}),
		tf.res("google_project_iam_member", "d", {"role": "roles/iam.serviceAccountUser", "member": "user:dev@example.com", "condition": tf.unknown("var.condition")}),
		tf.res("google_project_iam_member", "e", {"role": tf.unknown("var.role"), "member": "user:dev@example.com"}),
		tf.res("google_project_iam_binding", "f", {"role": "roles/iam.serviceAccountUser"}),
		tf.res("google_project_iam_binding", "i", {"role": "roles/iam.serviceAccountUser", "members": tf.unknown("var.members"), "condition": [{"title": "t", "expression": "e"}]}),
		tf.res("google_service_account_iam_member", "g", {"service_account_id": "x", "role": "roles/iam.serviceAccountUser", "member": "user:dev@example.com"}),
		tf.res("google_project_iam_policy", "h", {"policy_data": tf.unknown("var.policy")}),
	])
}
