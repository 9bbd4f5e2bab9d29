package evident.checks.terraform.gcp_project_audit_logs_missing_test

import data.evident.checks.terraform.gcp_project_audit_logs_missing as check
import data.evident.lib.tf_fixtures_test as tf

logs(types) := [{"log_type": t} | some t in types]

project := tf.res("google_project", "clinic", {"project_id": "clinic-prod"})

project_ref := tf.unknown("google_project.clinic.project_id")

test_project_without_audit_config_is_reported if {
	check.deny == {{
		"resource": "google_project.clinic",
		"msg": "google_project.clinic has no Data Access audit logs: no google_project_iam_audit_config for allServices in this module",
	}} with input as tf.doc([
		project,
		tf.res("google_project_iam_audit_config", "storage", {"service": "storage.googleapis.com", "audit_log_config": logs(["DATA_READ", "DATA_WRITE"])}),
	])
}

test_configs_without_the_data_log_types_are_reported if {
	check.deny == {{
		"resource": "google_project.clinic",
		"msg": "google_project.clinic has no DATA_READ or DATA_WRITE audit logs: the allServices audit configs in this module that apply to it enable only ADMIN_READ",
	}} with input as tf.doc([
		project,
		tf.res("google_project_iam_audit_config", "all", {"project": project_ref, "service": "allServices", "audit_log_config": logs(["ADMIN_READ"])}),
	])
	check.deny == {{
		"resource": "google_project.clinic",
		"msg": "google_project.clinic has no DATA_WRITE audit logs: the allServices audit configs in this module that apply to it enable only ADMIN_READ, DATA_READ",
	}} with input as tf.doc([
		project,
		tf.res("google_project_iam_audit_config", "all", {"project": "clinic-prod", "service": "allServices", "audit_log_config": logs(["ADMIN_READ", "DATA_READ"])}),
	])
	check.deny == {{
		"resource": "google_project.clinic",
		"msg": "google_project.clinic has no DATA_WRITE audit logs: the allServices audit configs in this module that apply to it enable only DATA_READ",
	}} with input as tf.doc([
		project,
		tf.res("google_folder_iam_audit_config", "all", {"folder": "folders/1", "service": "allServices", "audit_log_config": logs(["DATA_READ"])}),
	])
	check.deny == {{
		"resource": "google_project.clinic",
		"msg": "google_project.clinic has no DATA_READ or DATA_WRITE audit logs: the allServices audit configs in this module that apply to it enable no log type",
	}} with input as tf.doc([
		project,
		tf.res("google_project_iam_audit_config", "all", {"service": "allServices"}),
	])
}

test_configs_for_other_projects_do_not_count if {
	# pending's project_id is not known: it may be other-prod.
	check.deny == {{
		"resource": "google_project.clinic",
		"msg": "google_project.clinic has no Data Access audit logs: the allServices audit configs in this module are for other projects",
	}} with input as tf.doc([
		project,
		tf.res("google_project", "pending", {"project_id": tf.unknown("var.id")}),
		tf.res("google_project", "ops", {"project_id": tf.unknown("var.ops")}),
		tf.res("google_project_iam_audit_config", "literal", {"project": "other-prod", "service": "allServices", "audit_log_config": logs(["DATA_READ", "DATA_WRITE"])}),
		tf.res("google_project_iam_audit_config", "ref", {"project": tf.unknown("google_project.ops.project_id"), "service": "allServices", "audit_log_config": logs(["DATA_READ", "DATA_WRITE"])}),
	])
}

test_config_for_another_project_of_the_module_does_not_count if {
	check.deny == {
		{
			"resource": "google_project.clinic",
			"msg": "google_project.clinic has no Data Access audit logs: the allServices audit configs in this module are for other projects",
		},
		{
			"resource": "google_project.pending",
			"msg": "google_project.pending has no Data Access audit logs: the allServices audit configs in this module are for other projects",
		},
	} with input as tf.doc([
		project,
		tf.res("google_project", "pending", {"project_id": tf.unknown("var.id")}),
		tf.res("google_project", "ops", {"project_id": tf.unknown("var.ops")}),
		tf.res("google_project_iam_audit_config", "ref", {"project": tf.unknown("google_project.ops.project_id"), "service": "allServices", "audit_log_config": logs(["DATA_READ", "DATA_WRITE"])}),
	])
}

test_audited_projects_and_modules_without_projects_pass if {
	# Both data log types, split over configs of the project and its folder, with exempted members.
	count(check.deny) == 0 with input as tf.doc([
		project,
		tf.res("google_project_iam_audit_config", "all", {"project": project_ref, "service": "allServices", "audit_log_config": [
			{"log_type": "DATA_READ", "exempted_members": ["serviceAccount:etl@clinic-prod.iam.gserviceaccount.com"]},
			{"log_type": "ADMIN_READ"},
		]}),
		tf.res("google_folder_iam_audit_config", "all", {"folder": "folders/1", "service": "allServices", "audit_log_config": logs(["DATA_WRITE"])}),
	])

	# A project config whose project is the literal project id, or cannot be resolved.
	count(check.deny) == 0 with input as tf.doc([
		project,
		tf.res("google_project_iam_audit_config", "all", {"project": "projects/clinic-prod", "service": "allServices", "audit_log_config": logs(["DATA_READ", "DATA_WRITE"])}),
	])
	count(check.deny) == 0 with input as tf.doc([
		project,
		tf.res("google_project_iam_audit_config", "all", {"project": tf.unknown("var.project"), "service": "allServices", "audit_log_config": logs(["DATA_READ", "DATA_WRITE"])}),
	])
	count(check.deny) == 0 with input as tf.doc([
		tf.res("google_project", "pending", {"project_id": tf.unknown("var.id")}),
		tf.res("google_organization_iam_audit_config", "all", {"org_id": "1", "service": "allServices", "audit_log_config": logs(["DATA_READ", "DATA_WRITE"])}),
	])

	# Unknown service, unknown log type, dynamic log configs: the benefit of the doubt.
	count(check.deny) == 0 with input as tf.doc([
		project,
		tf.res("google_folder_iam_audit_config", "each", {"service": tf.unknown("each.value"), "audit_log_config": logs(["DATA_READ", "DATA_WRITE"])}),
	])
	count(check.deny) == 0 with input as tf.doc([
		project,
		tf.res("google_project_iam_audit_config", "all", {"service": "allServices", "audit_log_config": [{"log_type": tf.unknown("var.log_type")}]}),
	])
	count(check.deny) == 0 with input as tf.doc([
		project,
		tf.res("google_project_iam_audit_config", "all", {"service": "allServices", "dynamic": {"audit_log_config": [{"for_each": tf.unknown("var.log_types"), "content": [{}]}]}}),
	])

	# A module without a google_project is not judged, even with an audit config that leaves the data log types out.
	count(check.deny) == 0 with input as tf.doc([
		tf.res("google_storage_bucket", "b", {}),
		tf.res("google_project_iam_audit_config", "admin", {"project": "clinic-prod", "service": "allServices", "audit_log_config": logs(["ADMIN_READ"])}),
	])
}
