package evident.checks.terraform.ses_tls_not_required_test

import data.evident.checks.terraform.ses_tls_not_required as check
import data.evident.lib.tf_fixtures_test as tf

test_default_and_optional_are_reported if {
	check.deny == {
		{"resource": "aws_ses_configuration_set.results", "msg": "aws_ses_configuration_set.results sets no delivery_options tls_policy: SES delivers its messages in plain text when the receiving server offers no TLS (Optional, the default)"},
		{
			"resource": "aws_sesv2_configuration_set.reminders", "path": ["config", "delivery_options", 0],
			"msg": "aws_sesv2_configuration_set.reminders sets no delivery_options tls_policy: SES delivers its messages in plain text when the receiving server offers no TLS (Optional, the default)",
		},
		{
			"resource": "aws_ses_configuration_set.billing", "path": ["config", "delivery_options", 0, "tls_policy"],
			"msg": "aws_ses_configuration_set.billing sets tls_policy = \"Optional\": SES delivers its messages in plain text when the receiving server offers no TLS",
		},
		{
			"resource": "aws_sesv2_configuration_set.news", "path": ["config", "delivery_options", 0, "tls_policy"],
			"msg": "aws_sesv2_configuration_set.news sets tls_policy = \"OPTIONAL\": SES delivers its messages in plain text when the receiving server offers no TLS",
		},
	} with input as tf.doc([
		tf.res("aws_ses_configuration_set", "results", {"name": "results"}),
		tf.res("aws_sesv2_configuration_set", "reminders", {"configuration_set_name": "reminders", "delivery_options": [{"sending_pool_name": "dedicated"}]}),
		tf.res("aws_ses_configuration_set", "billing", {"name": "billing", "delivery_options": [{"tls_policy": "Optional"}]}),
		tf.res("aws_sesv2_configuration_set", "news", {"configuration_set_name": "news", "delivery_options": [{"tls_policy": "OPTIONAL"}]}),
	])
}

test_required_tls_and_unknowns_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_ses_configuration_set", "a", {"name": "a", "delivery_options": [{"tls_policy": "Require"}]}),
		tf.res("aws_sesv2_configuration_set", "b", {"configuration_set_name": "b", "delivery_options": [{"tls_policy": "REQUIRE"}]}),
		tf.res("aws_sesv2_configuration_set", "c", {"configuration_set_name": "c", "delivery_options": [{"tls_policy": tf.unknown("var.tls_policy")}]}),
		tf.res("aws_sesv2_configuration_set", "d", {"configuration_set_name": "d", "dynamic": {"delivery_options": [{"for_each": tf.unknown("var.options"), "content": [{}]}]}}),
		tf.res("aws_ses_event_destination", "e", {"name": "e"}),
	])
}
