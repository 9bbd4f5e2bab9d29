package evident.checks.terraform.gcp_storage_public_access_test

import data.evident.checks.terraform.gcp_storage_public_access as check

res(type, name, config) := {
	"id": concat(".", [type, name]), "mode": "managed", "type": type, "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": config,
}

test_public_grants_are_reported if {
	check.deny == {
		{
			"resource": "google_storage_bucket_iam_member.public",
			"path": ["config", "member"],
			"msg": "google_storage_bucket_iam_member.public grants roles/storage.objectViewer to allUsers",
		},
		{
			"resource": "google_storage_bucket_iam_binding.readers",
			"path": ["config", "members", 1],
			"msg": "google_storage_bucket_iam_binding.readers grants roles/storage.objectViewer to allAuthenticatedUsers",
		},
		{
			"resource": "google_storage_bucket_acl.legacy",
			"path": ["config", "role_entity", 0],
			"msg": "google_storage_bucket_acl.legacy gives READER:allUsers",
		},
		{
			"resource": "google_storage_default_object_access_control.public",
			"path": ["config", "entity"],
			"msg": "google_storage_default_object_access_control.public gives READER to allUsers",
		},
	} with input as {"type": "terraform", "resources": [
		res("google_storage_bucket_iam_member", "public", {"role": "roles/storage.objectViewer", "member": "allUsers"}),
		res("google_storage_bucket_iam_binding", "readers", {"role": "roles/storage.objectViewer", "members": ["group:staff@example.com", "allAuthenticatedUsers"]}),
		res("google_storage_bucket_acl", "legacy", {"role_entity": ["READER:allUsers", "OWNER:user-ops@example.com"]}),
		res("google_storage_default_object_access_control", "public", {"role": "READER", "entity": "allUsers"}),
	]}
}

test_private_grants_and_unknown_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		res("google_storage_bucket_iam_member", "a", {"role": "roles/storage.objectViewer", "member": "serviceAccount:app@p.iam.gserviceaccount.com"}),
		res("google_storage_bucket_iam_member", "b", {"role": "roles/storage.objectViewer", "member": {"__unknown__": "var.member", "refs": ["var.member"]}}),
		res("google_storage_bucket_iam_binding", "c", {"role": "roles/storage.admin", "members": {"__unknown__": "var.members", "refs": ["var.members"]}}),
		res("google_storage_bucket_acl", "d", {"role_entity": ["OWNER:user-ops@example.com"]}),
	]}
}

data_res(type, name, config) := object.union(res(type, name, config), {"id": concat(".", ["data", type, name]), "mode": "data"})

unknown(ref) := {"__unknown__": ref, "refs": [ref]}

test_public_bucket_policies_are_reported if {
	check.deny == {
		{
			"resource": "google_storage_bucket_iam_policy.json",
			"path": ["config", "policy_data"],
			"msg": "google_storage_bucket_iam_policy.json grants roles/storage.objectViewer to allUsers",
		},
		{
			"resource": "google_storage_bucket_iam_policy.source",
			"path": ["config", "policy_data"],
			"msg": "google_storage_bucket_iam_policy.source grants roles/storage.legacyObjectReader to allAuthenticatedUsers through data.google_iam_policy.public",
		},
	} with input as {"type": "terraform", "resources": [
		res("google_storage_bucket_iam_policy", "json", {"bucket": "b", "policy_data": "{\"bindings\":[{\"role\":\"roles/storage.objectViewer\",\"members\":[\"group:staff@example.com\",\"allUsers\"]}]}"}),
		data_res("google_iam_policy", "public", {"binding": [{"role": "roles/storage.legacyObjectReader", "members": ["allAuthenticatedUsers"]}]}),
		res("google_storage_bucket_iam_policy", "source", {"bucket": "b", "policy_data": unknown("data.google_iam_policy.public.policy_data")}),
	]}
}

test_private_and_unresolved_bucket_policies_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		data_res("google_iam_policy", "private", {"binding": [{"role": "roles/storage.objectViewer", "members": ["group:staff@example.com"]}]}),
		data_res("google_iam_policy", "dyn", {"dynamic": {"binding": [{"for_each": [1], "content": [{"role": "roles/storage.objectViewer", "members": ["allUsers"]}]}]}}),
		res("google_storage_bucket_iam_policy", "a", {"bucket": "b", "policy_data": unknown("data.google_iam_policy.private.policy_data")}),
		res("google_storage_bucket_iam_policy", "b", {"bucket": "b", "policy_data": unknown("data.google_iam_policy.dyn.policy_data")}),
		res("google_storage_bucket_iam_policy", "c", {"bucket": "b", "policy_data": unknown("var.policy")}),
		res("google_storage_bucket_iam_policy", "d", {"bucket": "b", "policy_data": "{\"bindings\":[{\"role\":\"roles/storage.objectViewer\",\"members\":[\"serviceAccount:app@p.iam.gserviceaccount.com\"]}]}"}),
	]}
}
