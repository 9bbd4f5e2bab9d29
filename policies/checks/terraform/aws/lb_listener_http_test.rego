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

# Listener rules take precedence over the default action: a rule that forwards serves the
# application over the HTTP listener even when the default action redirects or answers itself.
test_forwarding_listener_rules_on_a_safe_default_are_reported if {
	check.deny == {
		{"resource": "aws_lb_listener.fixed", "path": ["config", "protocol"], "msg": "aws_lb_listener.fixed serves plain HTTP: listener rules aws_alb_listener_rule.api, aws_lb_listener_rule.web forward requests over it without redirecting to HTTPS"},
		{"resource": "aws_lb_listener.redirect", "path": ["config", "protocol"], "msg": "aws_lb_listener.redirect serves plain HTTP: listener rule aws_lb_listener_rule.health forwards requests over it without redirecting to HTTPS"},
		{"resource": "aws_lb_listener.default_port", "msg": "aws_lb_listener.default_port serves plain HTTP: listener rule aws_lb_listener_rule.default_port forwards requests over it without redirecting to HTTPS"},
	} with input as tf.doc([
		tf.res("aws_lb", "app", {"load_balancer_type": "application"}),
		tf.res("aws_lb_listener", "fixed", {"protocol": "HTTP", "default_action": [{"type": "fixed-response", "fixed_response": [{"content_type": "text/plain", "status_code": "404"}]}]}),
		tf.res("aws_lb_listener_rule", "web", {"listener_arn": tf.unknown("aws_lb_listener.fixed.arn"), "action": [{"type": "forward", "target_group_arn": tf.unknown("aws_lb_target_group.web.arn")}]}),
		tf.res("aws_alb_listener_rule", "api", {"listener_arn": tf.unknown("aws_lb_listener.fixed.arn"), "action": [{"type": "forward", "target_group_arn": tf.unknown("aws_lb_target_group.api.arn")}]}),
		tf.res("aws_lb_listener", "redirect", {"protocol": "HTTP", "default_action": [{"type": "redirect", "redirect": [{"protocol": "HTTPS", "port": "443", "status_code": "HTTP_301"}]}]}),
		tf.res("aws_lb_listener_rule", "health", {"listener_arn": tf.unknown("aws_lb_listener.redirect.arn"), "action": [{"type": "forward", "target_group_arn": tf.unknown("aws_lb_target_group.web.arn")}]}),
		tf.res("aws_lb_listener", "default_port", {"load_balancer_arn": tf.unknown("aws_lb.app.arn"), "default_action": [{"type": "fixed-response"}]}),
		tf.res("aws_lb_listener_rule", "default_port", {"listener_arn": tf.unknown("aws_lb_listener.default_port.arn"), "action": [{"type": "forward"}]}),
	])
}

test_rules_that_do_not_forward_or_sit_on_https_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_lb_listener", "fixed", {"protocol": "HTTP", "default_action": [{"type": "fixed-response"}]}),
		tf.res("aws_lb_listener_rule", "moved", {"listener_arn": tf.unknown("aws_lb_listener.fixed.arn"), "action": [{"type": "redirect", "redirect": [{"protocol": "HTTPS"}]}]}),
		tf.res("aws_lb_listener_rule", "maintenance", {"listener_arn": tf.unknown("aws_lb_listener.fixed.arn"), "action": [{"type": "fixed-response"}]}),
		tf.res("aws_lb_listener_rule", "elsewhere", {"listener_arn": tf.unknown("var.listener_arn"), "action": [{"type": "forward"}]}),
		tf.res("aws_lb_listener", "https", {"protocol": "HTTPS", "default_action": [{"type": "fixed-response"}]}),
		tf.res("aws_lb_listener_rule", "api", {"listener_arn": tf.unknown("aws_lb_listener.https.arn"), "action": [{"type": "forward"}]}),
	])
}

# A listener already reported for its default action is reported once.
test_forwarding_default_with_forwarding_rules_is_reported_once if {
	check.deny == {{"resource": "aws_lb_listener.a", "path": ["config", "protocol"], "msg": "aws_lb_listener.a serves plain HTTP without redirecting to HTTPS"}} with input as tf.doc([
		tf.res("aws_lb_listener", "a", {"protocol": "HTTP", "default_action": [{"type": "forward"}]}),
		tf.res("aws_lb_listener_rule", "r", {"listener_arn": tf.unknown("aws_lb_listener.a.arn"), "action": [{"type": "forward"}]}),
	])
}
