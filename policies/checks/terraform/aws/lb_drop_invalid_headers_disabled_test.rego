package evident.checks.terraform.lb_drop_invalid_headers_disabled_test

import data.evident.checks.terraform.lb_drop_invalid_headers_disabled as check
import data.evident.lib.tf_fixtures_test as tf

test_absent_and_false_are_reported if {
	check.deny == {
		{"resource": "aws_lb.web", "msg": "aws_lb.web does not set drop_invalid_header_fields = true (it defaults to false)"},
		{"resource": "aws_lb.api", "msg": "aws_lb.api does not set drop_invalid_header_fields = true (it defaults to false)"},
		{"resource": "aws_alb.admin", "path": ["config", "drop_invalid_header_fields"], "msg": "aws_alb.admin sets drop_invalid_header_fields = false"},
		{"resource": "aws_lb.portal", "msg": "aws_lb.portal does not set drop_invalid_header_fields = true (it defaults to false)"},
	} with input as tf.doc([
		tf.res("aws_lb", "web", {"name": "web"}),
		tf.res("aws_lb", "api", {"load_balancer_type": "application", "internal": true}),
		tf.res("aws_alb", "admin", {"drop_invalid_header_fields": false}),
		tf.res("aws_lb", "portal", {"load_balancer_type": null, "drop_invalid_header_fields": null}),
	])
}

test_enabled_passes if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_lb", "web", {"drop_invalid_header_fields": true}),
		tf.res("aws_alb", "admin", {"load_balancer_type": "application", "drop_invalid_header_fields": true}),
	])
}

test_network_gateway_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_lb", "mllp", {"load_balancer_type": "network"}),
		tf.res("aws_lb", "inspect", {"load_balancer_type": "gateway"}),
		tf.res("aws_lb", "any", {"load_balancer_type": tf.unknown("var.lb_type")}),
		tf.res("aws_lb", "web", {"drop_invalid_header_fields": tf.unknown("var.drop_invalid_headers")}),
	])
}

# A load balancer of a terraform-aws-modules/alb call carries the module's default
# (src/parsers/terraform-modules/alb.ts): judged like any other.
modelled(v) := object.union(tf.res("aws_lb", "this", {"load_balancer_type": "application", "drop_invalid_header_fields": v}), {"id": "module.portal_alb.aws_lb.this", "created_by": {"call": "module.portal_alb"}})

test_load_balancers_of_module_calls if {
	check.deny == {{"resource": "module.portal_alb.aws_lb.this", "path": ["config", "drop_invalid_header_fields"], "msg": "module.portal_alb.aws_lb.this sets drop_invalid_header_fields = false"}} with input as tf.doc([modelled(false)])
	count(check.deny) == 0 with input as tf.doc([modelled(true)])
	count(check.deny) == 0 with input as tf.doc([modelled(tf.unknown("default of module.portal_alb.drop_invalid_header_fields"))])
}
