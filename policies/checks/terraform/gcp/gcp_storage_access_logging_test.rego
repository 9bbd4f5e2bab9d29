package evident.checks.terraform.gcp_storage_access_logging_test

import data.evident.checks.terraform.gcp_storage_access_logging as check
import data.evident.lib.tf_fixtures_test as tf

logs(types) := [{"log_type": t} | some t in types]

test_unlogged_bucket_is_reported if {
	check.deny == {{
		"resource": "google_storage_bucket.records",
		"msg": "google_storage_bucket.records has no usage logging and the module enables no Data Access audit logs for Cloud Storage",
	}} with input as tf.doc([
		tf.res("google_storage_bucket", "records", {}),
		tf.res("google_storage_bucket", "logged", {"logging": [{"log_bucket": "clinic-logs"}]}),
		tf.res("google_project_iam_audit_config", "bq", {"service": "bigquery.googleapis.com", "audit_log_config": logs(["DATA_READ", "DATA_WRITE"])}),
	])
}

test_audit_configs_without_the_data_log_types_are_reported if {
	check.deny == {{
		"resource": "google_storage_bucket.records",
		"msg": "google_storage_bucket.records has no usage logging and the module enables no DATA_WRITE audit logs for Cloud Storage in its project",
	}} with input as tf.doc([
		tf.res("google_storage_bucket", "records", {}),
		tf.res("google_project_iam_audit_config", "all", {"service": "allServices", "audit_log_config": logs(["DATA_READ"])}),
	])
	check.deny == {{
		"resource": "google_storage_bucket.records",
		"msg": "google_storage_bucket.records has no usage logging and the module enables no DATA_READ or DATA_WRITE audit logs for Cloud Storage in its project",
	}} with input as tf.doc([
		tf.res("google_storage_bucket", "records", {}),
		tf.res("google_project_iam_audit_config", "storage", {"service": "storage.googleapis.com", "audit_log_config": [{"log_type": "ADMIN_READ"}]}),
	])
}

test_audit_configs_for_other_projects_do_not_count if {
	# Literal project ids: the bucket's own, its provider's, a google_project's.
	check.deny == {
		{
			"resource": "google_storage_bucket.literal",
			"msg": "google_storage_bucket.literal has no usage logging and the module's Data Access audit logs for Cloud Storage are for other projects",
		},
		{
			"resource": "google_storage_bucket.ref",
			"msg": "google_storage_bucket.ref has no usage logging and the module's Data Access audit logs for Cloud Storage are for other projects",
		},
		{
			"resource": "google_storage_bucket.provider_default",
			"msg": "google_storage_bucket.provider_default has no usage logging and the module's Data Access audit logs for Cloud Storage are for other projects",
		},
	} with input as tf.doc_with(
		[
			tf.res("google_project", "ops", {"project_id": "clinic-ops"}),
			tf.res("google_project", "clinic", {"project_id": "clinic-prod"}),
			tf.res("google_storage_bucket", "literal", {"project": "clinic-prod"}),
			tf.res("google_storage_bucket", "ref", {"project": tf.unknown("google_project.clinic.project_id")}),
			tf.res("google_storage_bucket", "provider_default", {}),
			tf.res("google_project_iam_audit_config", "ops", {"project": "clinic-ops", "service": "storage.googleapis.com", "audit_log_config": logs(["DATA_READ", "DATA_WRITE"])}),
			tf.res("google_project_iam_audit_config", "ops_ref", {"project": tf.unknown("google_project.ops.project_id"), "service": "allServices", "audit_log_config": logs(["DATA_READ", "DATA_WRITE"])}),
		],
		[tf.provider("google", "", {"project": "clinic-prod"})],
	)

	# Two google_project resources whose ids are not known are still two
	# projects; a literal id may be either of them.
	check.deny == {{
		"resource": "google_storage_bucket.ref",
		"msg": "google_storage_bucket.ref has no usage logging and the module's Data Access audit logs for Cloud Storage are for other projects",
	}} with input as tf.doc([
		tf.res("google_project", "ops", {"project_id": tf.unknown("var.ops_id")}),
		tf.res("google_project", "clinic", {"project_id": tf.unknown("var.clinic_id")}),
		tf.res("google_storage_bucket", "ref", {"project": tf.unknown("google_project.clinic.project_id")}),
		tf.res("google_storage_bucket", "literal", {"project": "clinic-prod"}),
		tf.res("google_project_iam_audit_config", "ops_ref", {"project": tf.unknown("google_project.ops.project_id"), "service": "allServices", "audit_log_config": logs(["DATA_READ", "DATA_WRITE"])}),
	])
}

test_audit_configs_cover_the_buckets_of_their_project if {
	# allServices and storage.googleapis.com, project and folder configs together; exempted members.
	count(check.deny) == 0 with input as tf.doc([
		tf.res("google_storage_bucket", "records", {}),
		tf.res("google_project_iam_audit_config", "all", {"service": "allServices", "audit_log_config": [{"log_type": "DATA_READ", "exempted_members": ["user:dba@clinic.example"]}]}),
		tf.res("google_folder_iam_audit_config", "storage", {"folder": "folders/1", "service": "storage.googleapis.com", "audit_log_config": logs(["DATA_WRITE"])}),
	])

	# The bucket's project, literal or by reference, and a config whose project cannot be told.
	count(check.deny) == 0 with input as tf.doc([
		tf.res("google_project", "clinic", {"project_id": "clinic-prod"}),
		tf.res("google_storage_bucket", "literal", {"project": "clinic-prod"}),
		tf.res("google_storage_bucket", "ref", {"project": tf.unknown("google_project.clinic.project_id")}),
		tf.res("google_project_iam_audit_config", "storage", {"project": tf.unknown("google_project.clinic.project_id"), "service": "storage.googleapis.com", "audit_log_config": logs(["DATA_READ", "DATA_WRITE"])}),
	])
	count(check.deny) == 0 with input as tf.doc([
		tf.res("google_storage_bucket", "records", {"project": "clinic-prod"}),
		tf.res("google_project_iam_audit_config", "storage", {"project": tf.unknown("var.project"), "service": "storage.googleapis.com", "audit_log_config": logs(["DATA_READ", "DATA_WRITE"])}),
	])

	# Unknown service or log type, dynamic log configs: the benefit of the doubt.
	count(check.deny) == 0 with input as tf.doc([
		tf.res("google_storage_bucket", "records", {}),
		tf.res("google_project_iam_audit_config", "each", {"service": tf.unknown("each.value"), "audit_log_config": logs(["DATA_READ", "DATA_WRITE"])}),
	])
	count(check.deny) == 0 with input as tf.doc([
		tf.res("google_storage_bucket", "records", {}),
		tf.res("google_project_iam_audit_config", "all", {"service": "allServices", "audit_log_config": [{"log_type": tf.unknown("var.log_type")}]}),
	])
	count(check.deny) == 0 with input as tf.doc([
		tf.res("google_storage_bucket", "records", {}),
		tf.res("google_project_iam_audit_config", "all", {"service": "allServices", "dynamic": {"audit_log_config": [{"for_each": tf.unknown("var.types"), "content": [{}]}]}}),
	])
}
