package evident.checks.terraform.docdb_neptune_audit_logs_disabled_test

import data.evident.checks.terraform.docdb_neptune_audit_logs_disabled as check
import data.evident.lib.tf_fixtures_test as tf

test_absent_and_null_are_reported_at_the_resource if {
	check.deny == {
		{"resource": "aws_docdb_cluster.a", "msg": "aws_docdb_cluster.a sets no enabled_cloudwatch_logs_exports: the audit log is not sent to CloudWatch"},
		{"resource": "aws_neptune_cluster.b", "msg": "aws_neptune_cluster.b sets no enable_cloudwatch_logs_exports: the audit log is not sent to CloudWatch"},
	} with input as tf.doc([
		tf.res("aws_docdb_cluster", "a", {"storage_encrypted": true}),
		tf.res("aws_neptune_cluster", "b", {"enable_cloudwatch_logs_exports": null}),
	])
}

test_lists_without_audit_are_reported_at_the_argument if {
	check.deny == {
		{"resource": "aws_docdb_cluster.a", "path": ["config", "enabled_cloudwatch_logs_exports"], "msg": "aws_docdb_cluster.a enabled_cloudwatch_logs_exports leaves out \"audit\": the audit log is not sent to CloudWatch"},
		{"resource": "aws_neptune_cluster.b", "path": ["config", "enable_cloudwatch_logs_exports"], "msg": "aws_neptune_cluster.b enable_cloudwatch_logs_exports leaves out \"audit\": the audit log is not sent to CloudWatch"},
		{"resource": "aws_docdb_cluster.c", "path": ["config", "enabled_cloudwatch_logs_exports"], "msg": "aws_docdb_cluster.c enabled_cloudwatch_logs_exports leaves out \"audit\": the audit log is not sent to CloudWatch"},
	} with input as tf.doc([
		tf.res("aws_docdb_cluster", "a", {"enabled_cloudwatch_logs_exports": ["profiler"]}),
		tf.res("aws_neptune_cluster", "b", {"enable_cloudwatch_logs_exports": ["slowquery"]}),
		tf.res("aws_docdb_cluster", "c", {"enabled_cloudwatch_logs_exports": []}),
	])
}

# Each resource has its own spelling: the other one is not the export argument.
test_the_other_resources_spelling_does_not_count if {
	check.deny == {
		{"resource": "aws_docdb_cluster.a", "msg": "aws_docdb_cluster.a sets no enabled_cloudwatch_logs_exports: the audit log is not sent to CloudWatch"},
		{"resource": "aws_neptune_cluster.b", "msg": "aws_neptune_cluster.b sets no enable_cloudwatch_logs_exports: the audit log is not sent to CloudWatch"},
	} with input as tf.doc([
		tf.res("aws_docdb_cluster", "a", {"enable_cloudwatch_logs_exports": ["audit"]}),
		tf.res("aws_neptune_cluster", "b", {"enabled_cloudwatch_logs_exports": ["audit"]}),
	])
}

test_audit_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_docdb_cluster", "a", {"enabled_cloudwatch_logs_exports": ["audit", "profiler"]}),
		tf.res("aws_neptune_cluster", "b", {"enable_cloudwatch_logs_exports": ["audit"]}),
		tf.res("aws_docdb_cluster", "c", {"enabled_cloudwatch_logs_exports": tf.unknown("var.log_exports")}),
		tf.res("aws_neptune_cluster", "d", {"enable_cloudwatch_logs_exports": ["slowquery", tf.unknown("var.extra_log")]}),
	])
}

test_other_types_are_ignored if {
	count(check.deny) == 0 with input as tf.doc([tf.res("aws_rds_cluster", "a", {}), tf.res("aws_docdbelastic_cluster", "b", {})])
}
