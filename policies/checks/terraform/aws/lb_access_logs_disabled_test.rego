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

test_classic_load_balancers if {
	check.deny == {
		{"resource": "aws_elb.none", "msg": "aws_elb.none has no access_logs block"},
		{"resource": "aws_elb.off", "path": ["config", "access_logs", 0, "enabled"], "msg": "aws_elb.off sets access_logs enabled = false"},
	} with input as tf.doc([
		tf.res("aws_elb", "none", {"listener": [{"lb_port": 443}]}),
		tf.res("aws_elb", "off", {"access_logs": [{"bucket": "logs", "enabled": false}]}),
		tf.res("aws_elb", "default_on", {"access_logs": [{"bucket": "logs"}]}),
		tf.res("aws_elb", "on", {"access_logs": [{"bucket": "logs", "enabled": true}]}),
		tf.res("aws_elb", "var", {"access_logs": [{"bucket": "logs", "enabled": tf.unknown("var.logs")}]}),
		tf.res("aws_elb", "dyn", {"dynamic": {"access_logs": [{"for_each": tf.unknown("var.l"), "content": [{"bucket": "logs"}]}]}}),
	])
}
