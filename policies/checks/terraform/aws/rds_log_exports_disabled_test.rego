package evident.checks.terraform.rds_log_exports_disabled_test

import data.evident.checks.terraform.rds_log_exports_disabled as check
import data.evident.lib.tf_fixtures_test as tf

test_absent_and_empty if {
	check.deny == {
		{"resource": "aws_db_instance.a", "msg": "aws_db_instance.a exports no logs to CloudWatch (enabled_cloudwatch_logs_exports is not set)"},
		{"resource": "aws_rds_cluster.b", "path": ["config", "enabled_cloudwatch_logs_exports"], "msg": "aws_rds_cluster.b exports no logs to CloudWatch (enabled_cloudwatch_logs_exports is empty)"},
	} with input as tf.doc([tf.res("aws_db_instance", "a", {}), tf.res("aws_rds_cluster", "b", {"enabled_cloudwatch_logs_exports": []})])
}

test_exports_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([tf.res("aws_db_instance", "a", {"enabled_cloudwatch_logs_exports": ["postgresql"]}), tf.res("aws_db_instance", "b", {"enabled_cloudwatch_logs_exports": tf.unknown("var.logs")})])
}
