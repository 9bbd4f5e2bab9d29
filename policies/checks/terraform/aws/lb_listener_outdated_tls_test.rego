package evident.checks.terraform.lb_listener_outdated_tls_test

import data.evident.checks.terraform.lb_listener_outdated_tls as check
import data.evident.lib.tf_fixtures_test as tf

old_msg(id, policy) := sprintf("%s uses ssl_policy %s, which accepts TLS versions older than 1.2", [id, policy])

default_msg(id) := sprintf("%s does not set ssl_policy: AWS applies ELBSecurityPolicy-2016-08, which accepts TLS 1.0 and 1.1", [id])

test_old_policies if {
	check.deny == {
		{"resource": "aws_lb_listener.a", "path": ["config", "ssl_policy"], "msg": "aws_lb_listener.a uses ssl_policy ELBSecurityPolicy-2016-08, which accepts TLS versions older than 1.2"},
		{"resource": "aws_lb_listener.b", "path": ["config", "ssl_policy"], "msg": "aws_lb_listener.b uses ssl_policy ELBSecurityPolicy-TLS13-1-1-2021-06, which accepts TLS versions older than 1.2"},
	} with input as tf.doc([
		tf.res("aws_lb_listener", "a", {"ssl_policy": "ELBSecurityPolicy-2016-08"}),
		tf.res("aws_lb_listener", "b", {"ssl_policy": "ELBSecurityPolicy-TLS13-1-1-2021-06"}),
	])
}

outdated_names := [
	"ELBSecurityPolicy-2015-05",
	"ELBSecurityPolicy-2016-08",
	"ELBSecurityPolicy-TLS-1-0-2015-04",
	"ELBSecurityPolicy-TLS-1-1-2017-01",
	"ELBSecurityPolicy-FS-2018-06",
	"ELBSecurityPolicy-FS-1-1-2019-08",
	"ELBSecurityPolicy-TLS13-1-0-2021-06",
	"ELBSecurityPolicy-TLS13-1-1-2021-06",
	"ELBSecurityPolicy-TLS13-1-0-FIPS-2023-04",
	"ELBSecurityPolicy-TLS13-1-1-FIPS-2023-04",
	"ELBSecurityPolicy-TLS13-1-0-PQ-2025-09",
	"ELBSecurityPolicy-TLS13-1-1-PQ-2025-09",
]

test_every_outdated_family_is_reported if {
	check.deny == {{"resource": sprintf("aws_alb_listener.p%d", [i]), "path": ["config", "ssl_policy"], "msg": old_msg(sprintf("aws_alb_listener.p%d", [i]), name)} |
		some i, name in outdated_names
	} with input as tf.doc([tf.res("aws_alb_listener", sprintf("p%d", [i]), {"protocol": "HTTPS", "ssl_policy": name}) | some i, name in outdated_names])
}

test_https_or_tls_without_ssl_policy_is_reported if {
	check.deny == {
		{"resource": "aws_lb_listener.https", "msg": default_msg("aws_lb_listener.https")},
		{"resource": "aws_lb_listener.tls", "msg": default_msg("aws_lb_listener.tls")},
		{"resource": "aws_alb_listener.lower", "msg": default_msg("aws_alb_listener.lower")},
		{"resource": "aws_lb_listener.null_policy", "msg": default_msg("aws_lb_listener.null_policy")},
		{"resource": "aws_lb_listener.empty_policy", "msg": default_msg("aws_lb_listener.empty_policy")},
	} with input as tf.doc([
		tf.res("aws_lb_listener", "https", {"port": 443, "protocol": "HTTPS", "certificate_arn": "arn:aws:acm:eu-west-1:1:certificate/x"}),
		tf.res("aws_lb_listener", "tls", {"port": 6443, "protocol": "TLS"}),
		tf.res("aws_alb_listener", "lower", {"protocol": "https"}),
		tf.res("aws_lb_listener", "null_policy", {"protocol": "HTTPS", "ssl_policy": null}),
		tf.res("aws_lb_listener", "empty_policy", {"protocol": "TLS", "ssl_policy": ""}),
	])
}

test_modern_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_lb_listener", "a", {"ssl_policy": "ELBSecurityPolicy-TLS13-1-2-2021-06"}),
		tf.res("aws_lb_listener", "b", {"ssl_policy": "ELBSecurityPolicy-TLS-1-2-Ext-2018-06"}),
		tf.res("aws_lb_listener", "c", {"ssl_policy": tf.unknown("var.policy")}),
		tf.res("aws_lb_listener", "d", {"protocol": "HTTPS", "ssl_policy": "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09"}),
		tf.res("aws_lb_listener", "e", {"protocol": "TLS", "ssl_policy": "ELBSecurityPolicy-FS-1-2-Res-2020-10"}),
		tf.res("aws_lb_listener", "f", {"protocol": "HTTPS", "ssl_policy": "ELBSecurityPolicy-TLS13-1-3-FIPS-2023-04"}),
		tf.res("aws_lb_listener", "g", {"protocol": "HTTPS", "ssl_policy": tf.unknown("var.policy")}),
	])
}

test_no_policy_on_other_absent_or_unknown_protocol_passes if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_lb_listener", "http", {"port": 80, "protocol": "HTTP"}),
		tf.res("aws_lb_listener", "tcp", {"port": 5432, "protocol": "TCP"}),
		tf.res("aws_lb_listener", "udp", {"port": 53, "protocol": "UDP"}),
		tf.res("aws_lb_listener", "absent", {"port": 80}),
		tf.res("aws_lb_listener", "unknown", {"port": 443, "protocol": tf.unknown("var.protocol")}),
	])
}
