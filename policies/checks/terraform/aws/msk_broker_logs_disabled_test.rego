package evident.checks.terraform.msk_broker_logs_disabled_test

import data.evident.checks.terraform.msk_broker_logs_disabled as check
import data.evident.lib.tf_fixtures_test as tf

group := [{"instance_type": "kafka.m5.large"}]

logs(cw, fh, s3) := [{"broker_logs": [{"cloudwatch_logs": [{"enabled": cw}], "firehose": [{"enabled": fh}], "s3": [{"enabled": s3}]}]}]

test_clusters_without_broker_logs_are_reported if {
	check.deny == {
		{"resource": "aws_msk_cluster.a", "msg": "aws_msk_cluster.a has no logging_info: its broker logs are kept nowhere"},
		{"resource": "aws_msk_cluster.b", "path": ["config", "logging_info", 0], "msg": "aws_msk_cluster.b enables no broker log destination (CloudWatch Logs, Firehose or S3)"},
		{"resource": "aws_msk_cluster.c", "path": ["config", "logging_info", 0], "msg": "aws_msk_cluster.c enables no broker log destination (CloudWatch Logs, Firehose or S3)"},
	} with input as tf.doc([
		tf.res("aws_msk_cluster", "a", {"broker_node_group_info": group}),
		tf.res("aws_msk_cluster", "b", {"broker_node_group_info": group, "logging_info": logs(false, false, "false")}),
		tf.res("aws_msk_cluster", "c", {"broker_node_group_info": group, "logging_info": [{"broker_logs": [{"s3": [{"bucket": "logs"}]}]}]}),
	])
}

# A destination enabled or not known, a dynamic block, Express brokers.
test_logging_clusters_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_msk_cluster", "a", {"broker_node_group_info": group, "logging_info": logs(true, false, false)}),
		tf.res("aws_msk_cluster", "b", {"broker_node_group_info": group, "logging_info": logs(false, false, tf.unknown("var.s3_logs"))}),
		tf.res("aws_msk_cluster", "c", {"broker_node_group_info": group, "dynamic": {"logging_info": [{"for_each": tf.unknown("var.logging"), "content": [{}]}]}}),
		tf.res("aws_msk_cluster", "d", {"broker_node_group_info": [{"instance_type": "express.m7g.large"}]}),
		tf.res("aws_msk_cluster", "e", {"broker_node_group_info": group, "logging_info": [{"broker_logs": [{"dynamic": {"firehose": [{"for_each": tf.unknown("var.fh"), "content": [{}]}]}}]}]}),
	])
}
