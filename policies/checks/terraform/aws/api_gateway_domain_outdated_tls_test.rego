package evident.checks.terraform.api_gateway_domain_outdated_tls_test

import data.evident.checks.terraform.api_gateway_domain_outdated_tls as check
import data.evident.lib.tf_fixtures_test as tf

test_default_and_tls10 if {
	check.deny == {
		{"resource": "aws_api_gateway_domain_name.a", "msg": "aws_api_gateway_domain_name.a does not set security_policy (the default, TLS_1_0, accepts TLS 1.0)"},
		{"resource": "aws_api_gateway_domain_name.b", "path": ["config", "security_policy"], "msg": "aws_api_gateway_domain_name.b sets security_policy = TLS_1_0"},
	} with input as tf.doc([tf.res("aws_api_gateway_domain_name", "a", {}), tf.res("aws_api_gateway_domain_name", "b", {"security_policy": "TLS_1_0"})])
}

test_tls12_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([tf.res("aws_api_gateway_domain_name", "a", {"security_policy": "TLS_1_2"}), tf.res("aws_api_gateway_domain_name", "b", {"security_policy": tf.unknown("var.p")})])
}
