package evident.checks.terraform.lb_listener_http_test

import data.evident.checks.terraform.lb_listener_http as check
import data.evident.lib.tf_fixtures_test as tf

test_forwarding_http_and_redirect_to_http if {
	check.deny == {
		{"resource": "aws_lb_listener.a", "path": ["config", "protocol"], "msg": "aws_lb_listener.a serves plain HTTP without redirecting to HTTPS"},
		{"resource": "aws_alb_listener.b", "path": ["config", "protocol"], "msg": "aws_alb_listener.b serves plain HTTP without redirecting to HTTPS"},
	} with input as tf.doc([
		tf.res("aws_lb_listener", "a", {"protocol": "HTTP", "default_action": [{"type": "forward", "target_group_arn": tf.unknown("aws_lb_target_group.t.arn")}]}),
		tf.res("aws_alb_listener", "b", {"protocol": "HTTP", "default_action": [{"type": "redirect", "redirect": [{"port": "8080"}]}]}),
	])
}

test_redirect_fixed_https_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_lb_listener", "a", {"protocol": "HTTP", "default_action": [{"type": "redirect", "redirect": [{"protocol": "HTTPS", "port": "443", "status_code": "HTTP_301"}]}]}),
		tf.res("aws_lb_listener", "b", {"protocol": "HTTP", "default_action": [{"type": "fixed-response"}]}),
		tf.res("aws_lb_listener", "c", {"protocol": "HTTPS", "default_action": [{"type": "forward"}]}),
		tf.res("aws_lb_listener", "d", {"protocol": tf.unknown("var.p"), "default_action": [{"type": "forward"}]}),
		tf.res("aws_lb_listener", "e", {"protocol": "HTTP", "default_action": [{"type": tf.unknown("var.t")}]}),
	])
}
