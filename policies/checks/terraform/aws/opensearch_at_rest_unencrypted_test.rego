package evident.checks.terraform.opensearch_at_rest_unencrypted_test

import data.evident.checks.terraform.opensearch_at_rest_unencrypted as check
import data.evident.lib.tf_fixtures_test as tf

test_missing_block_and_disabled if {
	check.deny == {
		{"resource": "aws_opensearch_domain.a", "msg": "aws_opensearch_domain.a does not enable encrypt_at_rest"},
		{"resource": "aws_elasticsearch_domain.b", "path": ["config", "encrypt_at_rest", 0, "enabled"], "msg": "aws_elasticsearch_domain.b sets encrypt_at_rest enabled = false"},
	} with input as tf.doc([tf.res("aws_opensearch_domain", "a", {}), tf.res("aws_elasticsearch_domain", "b", {"encrypt_at_rest": [{"enabled": false}]})])
}

test_enabled_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([tf.res("aws_opensearch_domain", "a", {"encrypt_at_rest": [{"enabled": true}]}), tf.res("aws_opensearch_domain", "b", {"encrypt_at_rest": [{"enabled": tf.unknown("var.e")}]})])
}
