package evident.checks.terraform.api_gateway_data_trace_enabled_test

import data.evident.checks.terraform.api_gateway_data_trace_enabled as check
import data.evident.lib.tf_fixtures_test as tf

method_settings(name, settings) := tf.res("aws_api_gateway_method_settings", name, {
	"rest_api_id": tf.unknown("aws_api_gateway_rest_api.api.id"),
	"stage_name": tf.unknown("aws_api_gateway_stage.prod.stage_name"),
	"method_path": "*/*",
	"settings": [settings],
})

test_rest_data_trace_is_reported_at_the_argument if {
	check.deny == {
		{"resource": "aws_api_gateway_method_settings.all", "path": ["config", "settings", 0, "data_trace_enabled"], "msg": "aws_api_gateway_method_settings.all sets data_trace_enabled = true (full requests and responses are written to CloudWatch Logs)"},
		{"resource": "aws_api_gateway_method_settings.text", "path": ["config", "settings", 0, "data_trace_enabled"], "msg": "aws_api_gateway_method_settings.text sets data_trace_enabled = true (full requests and responses are written to CloudWatch Logs)"},
		{"resource": "aws_api_gateway_method_settings.off", "path": ["config", "settings", 0, "data_trace_enabled"], "msg": "aws_api_gateway_method_settings.off sets data_trace_enabled = true (full requests and responses are written to CloudWatch Logs)"},
	} with input as tf.doc([
		method_settings("all", {"metrics_enabled": true, "logging_level": "INFO", "data_trace_enabled": true}),
		method_settings("text", {"data_trace_enabled": "true"}),
		# Reported whatever the logging level.
		method_settings("off", {"logging_level": "OFF", "data_trace_enabled": true}),
	])
}

test_websocket_stage_route_settings_are_reported if {
	check.deny == {
		{"resource": "aws_apigatewayv2_stage.ws", "path": ["config", "default_route_settings", 0, "data_trace_enabled"], "msg": "aws_apigatewayv2_stage.ws sets data_trace_enabled = true in default_route_settings (full requests and responses are written to CloudWatch Logs)"},
		{"resource": "aws_apigatewayv2_stage.ws", "path": ["config", "route_settings", 1, "data_trace_enabled"], "msg": "aws_apigatewayv2_stage.ws sets data_trace_enabled = true in route_settings for route $connect (full requests and responses are written to CloudWatch Logs)"},
		{"resource": "aws_apigatewayv2_stage.ws", "path": ["config", "route_settings", 2, "data_trace_enabled"], "msg": "aws_apigatewayv2_stage.ws sets data_trace_enabled = true in route_settings (full requests and responses are written to CloudWatch Logs)"},
	} with input as tf.doc([tf.res("aws_apigatewayv2_stage", "ws", {
		"api_id": tf.unknown("aws_apigatewayv2_api.ws.id"),
		"name": "prod",
		"default_route_settings": [{"logging_level": "INFO", "data_trace_enabled": true}],
		"route_settings": [
			{"route_key": "$default", "data_trace_enabled": false},
			{"route_key": "$connect", "data_trace_enabled": true},
			{"route_key": tf.unknown("var.route"), "data_trace_enabled": true},
		],
	})])
}

test_off_absent_unknown_and_dynamic_pass if {
	count(check.deny) == 0 with input as tf.doc([
		method_settings("false", {"logging_level": "INFO", "data_trace_enabled": false}),
		method_settings("false_text", {"data_trace_enabled": "false"}),
		method_settings("absent", {"metrics_enabled": true, "logging_level": "INFO"}),
		method_settings("null", {"data_trace_enabled": null}),
		method_settings("unknown", {"data_trace_enabled": tf.unknown("var.data_trace")}),
		tf.res("aws_api_gateway_method_settings", "dyn", {"dynamic": {"settings": [{"for_each": tf.unknown("var.settings"), "content": [{"data_trace_enabled": true}]}]}}),
		tf.res("aws_api_gateway_method_settings", "no_block", {"method_path": "*/*"}),
		tf.res("aws_apigatewayv2_stage", "http", {"default_route_settings": [{"detailed_metrics_enabled": true}], "route_settings": [{"route_key": "GET /visits", "data_trace_enabled": tf.unknown("var.trace")}]}),
		tf.res("aws_apigatewayv2_stage", "plain", {"name": "$default"}),
		# Other resource types with a like-named argument are not read.
		tf.res("aws_api_gateway_stage", "prod", {"settings": [{"data_trace_enabled": true}]}),
	])
}
