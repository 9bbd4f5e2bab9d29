package evident.checks.terraform.gcp_storage_public_access_test

import data.evident.checks.terraform.gcp_storage_public_access as check
import data.evident.lib.tf_fixtures_test as tf

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
	} with input as tf.doc([
		tf.res("google_storage_bucket_iam_member", "public", {"role": "roles/storage.objectViewer", "member": "allUsers"}),
		tf.res("google_storage_bucket_iam_binding", "readers", {"role": "roles/storage.objectViewer", "members": ["group:staff@example.com", "allAuthenticatedUsers"]}),
		tf.res("google_storage_bucket_acl", "legacy", {"role_entity": ["READER:allUsers", "OWNER:user-ops@example.com"]}),
		tf.res("google_storage_default_object_access_control", "public", {"role": "READER", "entity": "allUsers"}),
	])
}

test_private_grants_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("google_storage_bucket_iam_member", "a", {"role": "roles/storage.objectViewer", "member": "serviceAccount:app@p.iam.gserviceaccount.com"}),
		tf.res("google_storage_bucket_iam_member", "b", {"role": "roles/storage.objectViewer", "member": tf.unknown("var.member")}),
		tf.res("google_storage_bucket_iam_binding", "c", {"role": "roles/storage.admin", "members": tf.unknown("var.members")}),
		tf.res("google_storage_bucket_acl", "d", {"role_entity": ["OWNER:user-ops@example.com"]}),
	])
}

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
	} with input as tf.doc([
		tf.res("google_storage_bucket_iam_policy", "json", {"bucket": "b", "policy_data": "{\"bindings\":[{\"role\":\"roles/storage.objectViewer\",\"members\":[\"group:staff@example.com\",\"allUsers\"]}]}"}),
		tf.data_res("google_iam_policy", "public", {"binding": [{"role": "roles/storage.legacyObjectReader", "members": ["allAuthenticatedUsers"]}]}),
		tf.res("google_storage_bucket_iam_policy", "source", {"bucket": "b", "policy_data": tf.unknown("data.google_iam_policy.public.policy_data")}),
	])
}

test_private_and_unresolved_bucket_policies_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.data_res("google_iam_policy", "private", {"binding": [{"role": "roles/storage.objectViewer", "members": ["group:staff@example.com"]}]}),
		tf.data_res("google_iam_policy", "dyn", {"dynamic": {"binding": [{"for_each": [1], "content": [{"role": "roles/storage.objectViewer", "members": ["allUsers"]}]}]}}),
		tf.res("google_storage_bucket_iam_policy", "a", {"bucket": "b", "policy_data": tf.unknown("data.google_iam_policy.private.policy_data")}),
		tf.res("google_storage_bucket_iam_policy", "b", {"bucket": "b", "policy_data": tf.unknown("data.google_iam_policy.dyn.policy_data")}),
		tf.res("google_storage_bucket_iam_policy", "c", {"bucket": "b", "policy_data": tf.unknown("var.policy")}),
		tf.res("google_storage_bucket_iam_policy", "d", {"bucket": "b", "policy_data": "{\"bindings\":[{\"role\":\"roles/storage.objectViewer\",\"members\":[\"serviceAccount:app@p.iam.gserviceaccount.com\"]}]}"}),
	])
}
