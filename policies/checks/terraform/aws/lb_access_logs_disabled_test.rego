package evident.checks.terraform.lb_access_logs_disabled_test

import data.evident.checks.terraform.lb_access_logs_disabled as check
import data.evident.lib.tf_fixtures_test as tf

test_missing_block_and_bucket_only if {
	check.deny == {
		{"resource": "aws_lb.a", "msg": "aws_lb.a does not enable access_logs"},
		{"resource": "aws_alb.b", "path": ["config", "access_logs", 0], "msg": "aws_alb.b does not enable access_logs"},
	} with input as tf.doc([tf.res("aws_lb", "a", {}), tf.res("aws_alb", "b", {"access_logs": [{"bucket": "logs"}]})])
}

test_enabled_network_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_lb", "a", {"access_logs": [{"bucket": "logs", "enabled": true}]}),
		tf.res("aws_lb", "b", {"load_balancer_type": "network"}),
		tf.res("aws_lb", "c", {"access_logs": [{"bucket": "logs", "enabled": tf.unknown("var.e")}]}),
		tf.res("aws_lb", "d", {"load_balancer_type": tf.unknown("var.t")}),
	])
}
