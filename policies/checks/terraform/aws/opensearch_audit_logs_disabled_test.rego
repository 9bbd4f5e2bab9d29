package evident.checks.terraform.opensearch_audit_logs_disabled_test

import data.evident.checks.terraform.opensearch_audit_logs_disabled as check
import data.evident.lib.tf_fixtures_test as tf

test_missing_and_disabled if {
	check.deny == {
		{"resource": "aws_opensearch_domain.a", "msg": "aws_opensearch_domain.a does not publish AUDIT_LOGS"},
		{"resource": "aws_opensearch_domain.b", "msg": "aws_opensearch_domain.b does not publish AUDIT_LOGS"},
	} with input as tf.doc([
		tf.res("aws_opensearch_domain", "a", {"log_publishing_options": [{"log_type": "INDEX_SLOW_LOGS"}]}),
		tf.res("aws_opensearch_domain", "b", {"log_publishing_options": [{"log_type": "AUDIT_LOGS", "enabled": false}]}),
	])
}

test_audit_unknown_and_dynamic_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_opensearch_domain", "a", {"log_publishing_options": [{"log_type": "AUDIT_LOGS"}]}),
		tf.res("aws_opensearch_domain", "b", {"log_publishing_options": [{"log_type": tf.unknown("each.value")}]}),
		tf.res("aws_opensearch_domain", "c", {"dynamic": {"log_publishing_options": [{"for_each": tf.unknown("var.logs"), "content": [{}]}]}}),
	])
}
