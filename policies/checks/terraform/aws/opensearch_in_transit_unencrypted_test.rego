package evident.checks.terraform.opensearch_in_transit_unencrypted_test

import data.evident.checks.terraform.opensearch_in_transit_unencrypted as check
import data.evident.lib.tf_fixtures_test as tf

test_every_problem if {
	check.deny == {
		{"resource": "aws_opensearch_domain.a", "msg": "aws_opensearch_domain.a does not enable node_to_node_encryption"},
		{"resource": "aws_opensearch_domain.a", "path": ["config", "domain_endpoint_options", 0, "enforce_https"], "msg": "aws_opensearch_domain.a sets enforce_https = false"},
		{"resource": "aws_opensearch_domain.a", "path": ["config", "domain_endpoint_options", 0, "tls_security_policy"], "msg": "aws_opensearch_domain.a accepts TLS 1.0 (Policy-Min-TLS-1-0-2019-07)"},
	} with input as tf.doc([tf.res("aws_opensearch_domain", "a", {"domain_endpoint_options": [{"enforce_https": false, "tls_security_policy": "Policy-Min-TLS-1-0-2019-07"}]})])
}

test_compliant_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_opensearch_domain", "a", {"node_to_node_encryption": [{"enabled": true}], "domain_endpoint_options": [{"tls_security_policy": "Policy-Min-TLS-1-2-2019-07"}]}),
		tf.res("aws_elasticsearch_domain", "b", {"node_to_node_encryption": [{"enabled": tf.unknown("var.n")}], "domain_endpoint_options": [{"enforce_https": tf.unknown("var.h")}]}),
	])
}

test_no_domain_endpoint_options if {
	check.deny == {
		{"resource": "aws_opensearch_domain.a", "msg": "aws_opensearch_domain.a does not enforce HTTPS (no domain_endpoint_options block)"},
		{"resource": "aws_elasticsearch_domain.b", "msg": "aws_elasticsearch_domain.b does not enforce HTTPS (no domain_endpoint_options block)"},
	} with input as tf.doc([
		tf.res("aws_opensearch_domain", "a", {"node_to_node_encryption": [{"enabled": true}]}),
		tf.res("aws_elasticsearch_domain", "b", {"node_to_node_encryption": [{"enabled": true}], "advanced_security_options": [{"enabled": false}]}),
	])
}

test_no_domain_endpoint_options_dynamic_or_advanced_security_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_opensearch_domain", "dynamic", {"node_to_node_encryption": [{"enabled": true}], "dynamic": {"domain_endpoint_options": [{"for_each": tf.unknown("var.x"), "content": [{}]}]}}),
		tf.res("aws_opensearch_domain", "fgac", {"node_to_node_encryption": [{"enabled": true}], "advanced_security_options": [{"enabled": true}]}),
		tf.res("aws_opensearch_domain", "fgac_var", {"node_to_node_encryption": [{"enabled": true}], "advanced_security_options": [{"enabled": tf.unknown("var.fgac")}]}),
	])
}
