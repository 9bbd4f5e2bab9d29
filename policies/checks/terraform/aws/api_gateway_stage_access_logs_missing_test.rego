package evident.checks.terraform.api_gateway_stage_access_logs_missing_test

import data.evident.checks.terraform.api_gateway_stage_access_logs_missing as check
import data.evident.lib.tf_fixtures_test as tf

test_missing if {
	check.deny == {
		{"resource": "aws_api_gateway_stage.a", "msg": "aws_api_gateway_stage.a has no access_log_settings (API requests are not logged)"},
		{"resource": "aws_apigatewayv2_stage.b", "msg": "aws_apigatewayv2_stage.b has no access_log_settings (API requests are not logged)"},
	} with input as tf.doc([tf.res("aws_api_gateway_stage", "a", {}), tf.res("aws_apigatewayv2_stage", "b", {})])
}

test_present_and_dynamic_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_api_gateway_stage", "a", {"access_log_settings": [{"destination_arn": tf.unknown("aws_cloudwatch_log_group.a.arn"), "format": "{}"}]}),
		tf.res("aws_apigatewayv2_stage", "b", {"dynamic": {"access_log_settings": [{"for_each": tf.unknown("var.x"), "content": [{}]}]}}),
	])
}
