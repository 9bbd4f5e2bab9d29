package evident.checks.terraform.gcp_bigquery_public_access_test

import data.evident.checks.terraform.gcp_bigquery_public_access as check

res(type, name, config) := {
	"id": concat(".", [type, name]), "mode": "managed", "type": type, "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": config,
}

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
	} with input as {"type": "terraform", "resources": [
		res("google_bigquery_dataset", "analytics", {"access": [
			{"role": "OWNER", "user_by_email": "ops@example.com"},
			{"role": "READER", "special_group": "allAuthenticatedUsers"},
			{"role": "READER", "special_group": "projectReaders"},
		]}),
		res("google_bigquery_table_iam_member", "public", {"role": "roles/bigquery.dataViewer", "member": "allUsers"}),
		res("google_bigquery_dataset_iam_binding", "viewers", {"role": "roles/bigquery.dataViewer", "members": ["allAuthenticatedUsers"]}),
	]}
}

test_private_grants_and_unknown_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		res("google_bigquery_dataset", "a", {"access": [{"role": "READER", "group_by_email": "analysts@example.com"}]}),
		res("google_bigquery_dataset_iam_member", "b", {"role": "roles/bigquery.dataViewer", "member": {"__unknown__": "var.m", "refs": ["var.m"]}}),
		res("google_bigquery_table_iam_binding", "c", {"role": "roles/bigquery.dataViewer", "members": ["group:analysts@example.com"]}),
	]}
}
