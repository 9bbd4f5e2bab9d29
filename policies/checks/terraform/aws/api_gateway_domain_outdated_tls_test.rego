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

# Private domains support TLS 1.2 only: no security_policy there is not TLS 1.0.
test_private_or_unresolved_endpoint_types_pass_without_policy if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_api_gateway_domain_name", "private", {"endpoint_configuration": [{"types": ["PRIVATE"]}]}),
		tf.res("aws_api_gateway_domain_name", "var", {"endpoint_configuration": [{"types": tf.unknown("var.types")}]}),
		tf.res("aws_api_gateway_domain_name", "item", {"endpoint_configuration": [{"types": [tf.unknown("var.type")]}]}),
	])
}

test_regional_and_edge_domains_without_policy_are_reported if {
	check.deny == {
		{"resource": "aws_api_gateway_domain_name.regional", "msg": "aws_api_gateway_domain_name.regional does not set security_policy (the default, TLS_1_0, accepts TLS 1.0)"},
		{"resource": "aws_api_gateway_domain_name.private_tls10", "path": ["config", "security_policy"], "msg": "aws_api_gateway_domain_name.private_tls10 sets security_policy = TLS_1_0"},
	} with input as tf.doc([
		tf.res("aws_api_gateway_domain_name", "regional", {"endpoint_configuration": [{"types": ["REGIONAL"]}]}),
		tf.res("aws_api_gateway_domain_name", "private_tls10", {"security_policy": "TLS_1_0", "endpoint_configuration": [{"types": ["PRIVATE"]}]}),
	])
}
