package evident.checks.terraform.cloudfront_access_logs_missing_test

import data.evident.checks.terraform.cloudfront_access_logs_missing as check
import data.evident.lib.tf_fixtures_test as tf

test_unlogged_distributions_are_reported if {
	check.deny == {{"resource": "aws_cloudfront_distribution.a", "msg": "aws_cloudfront_distribution.a has no logging_config (viewer requests are not logged)"}} with input as tf.doc([
		tf.res("aws_cloudfront_distribution", "a", {"enabled": true}),
		tf.res("aws_cloudfront_distribution", "b", {"enabled": true, "logging_config": [{"bucket": "logs.s3.amazonaws.com"}]}),
		tf.res("aws_cloudwatch_log_delivery_source", "other", {"log_type": "ACCESS_LOGS", "resource_arn": tf.unknown("aws_cloudfront_distribution.c.arn")}),
	])
}

# Standard logging, standard logging v2 of this distribution, a delivery source of a resource not
# known here, a dynamic logging block.
test_logged_distributions_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_cloudfront_distribution", "a", {"logging_config": [{"bucket": "logs.s3.amazonaws.com", "prefix": "a/"}]}),
		tf.res("aws_cloudfront_distribution", "b", {"enabled": true}),
		tf.res("aws_cloudwatch_log_delivery_source", "b", {"log_type": "ACCESS_LOGS", "resource_arn": tf.unknown("aws_cloudfront_distribution.b.arn")}),
		tf.res("aws_cloudfront_distribution", "c", {"dynamic": {"logging_config": [{"for_each": tf.unknown("var.logs"), "content": [{"bucket": tf.unknown("each.value")}]}]}}),
	])
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_cloudfront_distribution", "a", {"enabled": true}),
		tf.res("aws_cloudwatch_log_delivery_source", "any", {"log_type": "ACCESS_LOGS", "resource_arn": tf.unknown("var.distribution_arn")}),
	])
}
