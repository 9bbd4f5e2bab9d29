package evident.checks.terraform.lb_listener_outdated_tls_test

import data.evident.checks.terraform.lb_listener_outdated_tls as check
import data.evident.lib.tf_fixtures_test as tf

test_old_policies if {
	check.deny == {
		{"resource": "aws_lb_listener.a", "path": ["config", "ssl_policy"], "msg": "aws_lb_listener.a uses ssl_policy ELBSecurityPolicy-2016-08, which accepts TLS versions older than 1.2"},
		{"resource": "aws_lb_listener.b", "path": ["config", "ssl_policy"], "msg": "aws_lb_listener.b uses ssl_policy ELBSecurityPolicy-TLS13-1-1-2021-06, which accepts TLS versions older than 1.2"},
	} with input as tf.doc([
		tf.res("aws_lb_listener", "a", {"ssl_policy": "ELBSecurityPolicy-2016-08"}),
		tf.res("aws_lb_listener", "b", {"ssl_policy": "ELBSecurityPolicy-TLS13-1-1-2021-06"}),
	])
}

test_modern_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_lb_listener", "a", {"ssl_policy": "ELBSecurityPolicy-TLS13-1-2-2021-06"}),
		tf.res("aws_lb_listener", "b", {"ssl_policy": "ELBSecurityPolicy-TLS-1-2-Ext-2018-06"}),
		tf.res("aws_lb_listener", "c", {"ssl_policy": tf.unknown("var.policy")}),
	])
}
