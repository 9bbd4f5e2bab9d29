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

test_no_protocol_on_application_lb if {
	check.deny == {
		{"resource": "aws_lb_listener.a", "msg": "aws_lb_listener.a serves plain HTTP without redirecting to HTTPS (no protocol: an application load balancer listener defaults to HTTP)"},
		{"resource": "aws_alb_listener.b", "msg": "aws_alb_listener.b serves plain HTTP without redirecting to HTTPS (no protocol: an application load balancer listener defaults to HTTP)"},
		{"resource": "aws_lb_listener.c", "msg": "aws_lb_listener.c serves plain HTTP without redirecting to HTTPS (no protocol: an application load balancer listener defaults to HTTP)"},
	} with input as tf.doc([
		tf.res("aws_lb", "app", {"load_balancer_type": "application"}),
		tf.res("aws_alb", "old", {}),
		tf.res("aws_lb_listener", "a", {"load_balancer_arn": tf.unknown("aws_lb.app.arn"), "default_action": [{"type": "forward"}]}),
		tf.res("aws_alb_listener", "b", {"load_balancer_arn": tf.unknown("aws_alb.old.arn"), "protocol": null, "default_action": [{"type": "forward"}]}),
		tf.res("aws_lb_listener", "c", {"load_balancer_arn": {"__unknown__": "local.lb", "refs": ["aws_lb.app.arn", "local.lb"]}, "default_action": [{"type": "forward"}]}),
	])
}

test_no_protocol_not_reported_unless_application_lb_resolved if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_lb", "app", {}),
		tf.res("aws_lb", "net", {"load_balancer_type": "network"}),
		tf.res("aws_lb", "maybe", {"load_balancer_type": tf.unknown("var.type")}),
		tf.res("aws_lb_listener", "nlb", {"load_balancer_arn": tf.unknown("aws_lb.net.arn"), "default_action": [{"type": "forward"}]}),
		tf.res("aws_lb_listener", "unknown_type", {"load_balancer_arn": tf.unknown("aws_lb.maybe.arn"), "default_action": [{"type": "forward"}]}),
		tf.res("aws_lb_listener", "variable", {"load_balancer_arn": tf.unknown("var.lb_arn"), "default_action": [{"type": "forward"}]}),
		tf.res("aws_lb_listener", "either", {"load_balancer_arn": {"__unknown__": "var.x ? aws_lb.app.arn : var.lb_arn", "refs": ["aws_lb.app.arn", "var.lb_arn", "var.x"]}, "default_action": [{"type": "forward"}]}),
		tf.res("aws_lb_listener", "redirect", {"load_balancer_arn": tf.unknown("aws_lb.app.arn"), "default_action": [{"type": "redirect", "redirect": [{"protocol": "HTTPS", "port": "443", "status_code": "HTTP_301"}]}]}),
		tf.res("aws_lb_listener", "certificate", {"load_balancer_arn": tf.unknown("aws_lb.app.arn"), "certificate_arn": tf.unknown("aws_acm_certificate.c.arn"), "default_action": [{"type": "forward"}]}),
		tf.res("aws_lb_listener", "no_lb", {"default_action": [{"type": "forward"}]}),
	])
}
