package evident.checks.terraform.elb_classic_listener_http_test

import data.evident.checks.terraform.elb_classic_listener_http as check
import data.evident.lib.tf_fixtures_test as tf

listener(port, protocol) := {"instance_port": 8080, "instance_protocol": "http", "lb_port": port, "lb_protocol": protocol}

elb(name, listeners) := tf.res("aws_elb", name, {"name": name, "availability_zones": ["eu-west-1a"], "listener": listeners})

msg(id, port) := sprintf("%s has a listener on port %s that serves plain HTTP: requests and responses cross the network in clear text", [id, port])

test_http_listeners if {
	check.deny == {
		{"resource": "aws_elb.web", "path": ["config", "listener", 0, "lb_protocol"], "msg": msg("aws_elb.web", "80")},
		{"resource": "aws_elb.mixed", "path": ["config", "listener", 1, "lb_protocol"], "msg": msg("aws_elb.mixed", "8080")},
		{"resource": "aws_elb.object", "path": ["config", "listener", "lb_protocol"], "msg": msg("aws_elb.object", "var.port")},
	} with input as tf.doc([
		elb("web", [listener(80, "http")]),
		elb("mixed", [object.union(listener(443, "https"), {"ssl_certificate_id": "arn:aws:acm:eu-west-1:123456789012:certificate/abc"}), listener("8080", "HTTP")]),
		tf.res("aws_elb", "object", {"name": "object", "listener": {"instance_port": 80, "instance_protocol": "http", "lb_port": tf.unknown("var.port"), "lb_protocol": "http"}}),
		elb("tls", [object.union(listener(443, "https"), {"ssl_certificate_id": "arn:aws:acm:eu-west-1:123456789012:certificate/abc"})]),
		elb("tcp", [listener(443, "tcp")]),
		elb("unknown", [listener(80, tf.unknown("var.protocol"))]),
	])
}
