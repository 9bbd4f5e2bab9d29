package evident.checks.terraform.vpc_flow_logs_missing_test

import data.evident.checks.terraform.vpc_flow_logs_missing as check
import data.evident.lib.tf_fixtures_test as tf

test_vpc_without_flow_log if {
	check.deny == {{"resource": "aws_vpc.b", "msg": "aws_vpc.b has no aws_flow_log"}} with input as tf.doc([
		tf.res("aws_vpc", "a", {}), tf.res("aws_vpc", "b", {}),
		tf.res("aws_flow_log", "a", {"vpc_id": tf.unknown("aws_vpc.a.id")}),
	])
}

test_unattributed_flow_log_silences if {
	count(check.deny) == 0 with input as tf.doc([tf.res("aws_vpc", "a", {}), tf.res("aws_flow_log", "x", {"vpc_id": tf.unknown("var.vpc_id")})])
}
