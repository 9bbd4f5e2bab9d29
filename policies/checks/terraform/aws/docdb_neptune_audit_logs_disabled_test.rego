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
		tf.res("aws_docdb_cluster", "a", {"enabled_cloudwatch_logs_exports": ["audit", "profiler"], "db_cluster_parameter_group_name": tf.unknown("aws_docdb_cluster_parameter_group.audited.name")}),
		tf.res("aws_docdb_cluster_parameter_group", "audited", {"name": "audited", "parameter": [{"name": "audit_logs", "value": "enabled"}]}),
		tf.res("aws_neptune_cluster", "b", {"enable_cloudwatch_logs_exports": ["audit"], "neptune_cluster_parameter_group_name": "graph-audited"}),
		tf.res("aws_neptune_cluster_parameter_group", "graph", {"name": "graph-audited", "parameter": [{"name": "neptune_enable_audit_log", "value": 1}]}),
		tf.res("aws_docdb_cluster", "c", {"enabled_cloudwatch_logs_exports": tf.unknown("var.log_exports")}),
		tf.res("aws_neptune_cluster", "d", {"enable_cloudwatch_logs_exports": ["slowquery", tf.unknown("var.extra_log")]}),
	])
}

test_other_types_are_ignored if {
	count(check.deny) == 0 with input as tf.doc([tf.res("aws_rds_cluster", "a", {}), tf.res("aws_docdbelastic_cluster", "b", {})])
}

test_audit_exported_with_the_default_group_is_reported if {
	check.deny == {
		{"resource": "aws_docdb_cluster.a", "msg": "aws_docdb_cluster.a exports its audit log but uses a default cluster parameter group, where audit_logs is off: the log stays empty"},
		{"resource": "aws_neptune_cluster.b", "msg": "aws_neptune_cluster.b exports its audit log but uses a default cluster parameter group, where neptune_enable_audit_log is off: the log stays empty"},
		{"resource": "aws_docdb_cluster.c", "msg": "aws_docdb_cluster.c exports its audit log but uses a default cluster parameter group, where audit_logs is off: the log stays empty"},
	} with input as tf.doc([
		tf.res("aws_docdb_cluster", "a", {"enabled_cloudwatch_logs_exports": ["audit"]}),
		tf.res("aws_neptune_cluster", "b", {"enable_cloudwatch_logs_exports": ["audit"], "neptune_cluster_parameter_group_name": null}),
		tf.res("aws_docdb_cluster", "c", {"enabled_cloudwatch_logs_exports": ["audit"], "db_cluster_parameter_group_name": "default.docdb5.0"}),
	])
}

test_audit_exported_with_a_group_that_leaves_it_off_is_reported if {
	check.deny == {
		{
			"resource": "aws_docdb_cluster.a", "path": ["config", "db_cluster_parameter_group_name"],
			"msg": "aws_docdb_cluster.a exports its audit log but its parameter group aws_docdb_cluster_parameter_group.tls_only does not turn audit_logs on: the log stays empty",
		},
		{
			"resource": "aws_docdb_cluster.b", "path": ["config", "db_cluster_parameter_group_name"],
			"msg": "aws_docdb_cluster.b exports its audit log but its parameter group aws_docdb_cluster_parameter_group.off does not turn audit_logs on: the log stays empty",
		},
		{
			"resource": "aws_neptune_cluster.c", "path": ["config", "neptune_cluster_parameter_group_name"],
			"msg": "aws_neptune_cluster.c exports its audit log but its parameter group aws_neptune_cluster_parameter_group.zero does not turn neptune_enable_audit_log on: the log stays empty",
		},
	} with input as tf.doc([
		tf.res("aws_docdb_cluster", "a", {"enabled_cloudwatch_logs_exports": ["audit"], "db_cluster_parameter_group_name": tf.unknown("aws_docdb_cluster_parameter_group.tls_only.name")}),
		tf.res("aws_docdb_cluster_parameter_group", "tls_only", {"name": "tls-only", "parameter": [{"name": "tls", "value": "enabled"}]}),
		tf.res("aws_docdb_cluster", "b", {"enabled_cloudwatch_logs_exports": ["audit"], "db_cluster_parameter_group_name": "docs-off"}),
		tf.res("aws_docdb_cluster_parameter_group", "off", {"name": "docs-off", "parameter": [{"name": "audit_logs", "value": "disabled"}]}),
		tf.res("aws_neptune_cluster", "c", {"enable_cloudwatch_logs_exports": ["audit"], "neptune_cluster_parameter_group_name": tf.unknown("aws_neptune_cluster_parameter_group.zero.id")}),
		tf.res("aws_neptune_cluster_parameter_group", "zero", {"name": "zero", "parameter": [{"name": "neptune_enable_audit_log", "value": "0"}]}),
	])
}

test_groups_not_known_here_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_docdb_cluster", "a", {"enabled_cloudwatch_logs_exports": ["audit"], "db_cluster_parameter_group_name": "made-elsewhere"}),
		tf.res("aws_docdb_cluster", "b", {"enabled_cloudwatch_logs_exports": ["audit"], "db_cluster_parameter_group_name": tf.unknown("var.parameter_group")}),
		tf.res("aws_docdb_cluster", "c", {"enabled_cloudwatch_logs_exports": ["audit"], "db_cluster_parameter_group_name": tf.unknown("aws_docdb_cluster_parameter_group.dyn.name")}),
		tf.res("aws_docdb_cluster_parameter_group", "dyn", {"name": "dyn", "dynamic": {"parameter": [{"for_each": tf.unknown("var.parameters"), "content": [{}]}]}}),
		tf.res("aws_docdb_cluster", "d", {"enabled_cloudwatch_logs_exports": ["audit"], "db_cluster_parameter_group_name": tf.unknown("aws_docdb_cluster_parameter_group.var_value.name")}),
		tf.res("aws_docdb_cluster_parameter_group", "var_value", {"name": "var-value", "parameter": [{"name": "audit_logs", "value": tf.unknown("var.audit")}]}),
		tf.res("aws_docdb_cluster", "e", {"enabled_cloudwatch_logs_exports": ["audit"], "db_cluster_parameter_group_name": tf.unknown("aws_docdb_cluster_parameter_group.kinds.name")}),
		tf.res("aws_docdb_cluster_parameter_group", "kinds", {"name": "kinds", "parameter": [{"name": "audit_logs", "value": "ddl,dml_write,authentication"}]}),
	])
}
