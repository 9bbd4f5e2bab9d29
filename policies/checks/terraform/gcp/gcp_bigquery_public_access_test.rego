package evident.checks.terraform.gcp_bigquery_public_access_test

import data.evident.checks.terraform.gcp_bigquery_public_access as check
import data.evident.lib.tf_fixtures_test as tf

test_public_grants_are_reported if {
	check.deny == {
		{
			"resource": "google_bigquery_dataset.analytics",
			"path": ["config", "access", 1, "special_group"],
			"msg": "google_bigquery_dataset.analytics grants READER to allAuthenticatedUsers",
		},
		{
			"resource": "google_bigquery_table_iam_member.public",
			"path": ["config", "member"],
			"msg": "google_bigquery_table_iam_member.public grants roles/bigquery.dataViewer to allUsers",
		},
		{
			"resource": "google_bigquery_dataset_iam_binding.viewers",
			"path": ["config", "members", 0],
			"msg": "google_bigquery_dataset_iam_binding.viewers grants roles/bigquery.dataViewer to allAuthenticatedUsers",
		},
	} with input as tf.doc([
		tf.res("google_bigquery_dataset", "analytics", {"access": [
			{"role": "OWNER", "user_by_email": "ops@example.com"},
			{"role": "READER", "special_group": "allAuthenticatedUsers"},
			{"role": "READER", "special_group": "projectReaders"},
		]}),
		tf.res("google_bigquery_table_iam_member", "public", {"role": "roles/bigquery.dataViewer", "member": "allUsers"}),
		tf.res("google_bigquery_dataset_iam_binding", "viewers", {"role": "roles/bigquery.dataViewer", "members": ["allAuthenticatedUsers"]}),
	])
}

test_private_grants_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("google_bigquery_dataset", "a", {"access": [{"role": "READER", "group_by_email": "analysts@example.com"}]}),
		tf.res("google_bigquery_dataset_iam_member", "b", {"role": "roles/bigquery.dataViewer", "member": tf.unknown("var.m")}),
		tf.res("google_bigquery_table_iam_binding", "c", {"role": "roles/bigquery.dataViewer", "members": ["group:analysts@example.com"]}),
	])
}

test_public_dataset_and_table_policies_are_reported if {
	check.deny == {
		{
			"resource": "google_bigquery_dataset_iam_policy.source",
			"path": ["config", "policy_data"],
			"msg": "google_bigquery_dataset_iam_policy.source grants roles/bigquery.dataViewer to allAuthenticatedUsers through data.google_iam_policy.public",
		},
		{
			"resource": "google_bigquery_table_iam_policy.encoded",
			"path": ["config", "policy_data"],
			"msg": "google_bigquery_table_iam_policy.encoded grants roles/bigquery.dataViewer to allUsers",
		},
	} with input as tf.doc([
		tf.data_res("google_iam_policy", "public", {"binding": [{"role": "roles/bigquery.dataViewer", "members": ["group:analysts@example.com", "allAuthenticatedUsers"]}]}),
		tf.res("google_bigquery_dataset_iam_policy", "source", {"dataset_id": "d", "policy_data": tf.unknown("data.google_iam_policy.public.policy_data")}),
		tf.res("google_bigquery_table_iam_policy", "encoded", {"dataset_id": "d", "table_id": "t", "policy_data": {
			"__unknown__": "jsonencode({...})", "refs": ["var.reader"],
			"partial": {"bindings": [{"role": "roles/bigquery.dataViewer", "members": ["allUsers", tf.unknown("var.reader")]}]},
		}}),
	])
}

test_private_and_unresolved_dataset_policies_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.data_res("google_iam_policy", "private", {"binding": [{"role": "roles/bigquery.dataViewer", "members": ["group:analysts@example.com"]}]}),
		tf.res("google_bigquery_dataset_iam_policy", "a", {"dataset_id": "d", "policy_data": tf.unknown("data.google_iam_policy.private.policy_data")}),
		tf.res("google_bigquery_table_iam_policy", "b", {"dataset_id": "d", "table_id": "t", "policy_data": tf.unknown("module.iam.policy_data")}),
		# JSON that does not parse.
		tf.res("google_bigquery_table_iam_policy", "c", {"dataset_id": "d", "table_id": "t", "policy_data": "{\"bindings\":[{\"role\":\"roles/bigquery.dataViewer\",\"members\":[\"allUsers\"]}]"}),
	])
}
