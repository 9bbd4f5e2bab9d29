package evident.checks.cloudformation.api_gateway_data_trace_enabled_test

import data.evident.checks.cloudformation.api_gateway_data_trace_enabled as check

res(id, type, props) := {"id": id, "type": type, "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

globals(section, props) := {"id": concat(".", ["Globals", section]), "section": section, "properties": props, "file": "t.yaml", "startLine": 2, "endLine": 4}

unknown(expr) := {"__unknown__": expr, "refs": []}

all_methods(props) := object.union({"ResourcePath": "/*", "HttpMethod": "*"}, props)

test_rest_method_settings_are_reported if {
	check.deny == {
		{"resource": "Prod", "path": ["properties", "MethodSettings", 1, "DataTraceEnabled"], "msg": "Prod sets MethodSettings[1].DataTraceEnabled to true (full requests and responses are written to CloudWatch Logs)"},
		{"resource": "SamApi", "path": ["properties", "MethodSettings", 0, "DataTraceEnabled"], "msg": "SamApi sets MethodSettings[0].DataTraceEnabled to true (full requests and responses are written to CloudWatch Logs)"},
		{"resource": "Deploy", "path": ["properties", "StageDescription", "DataTraceEnabled"], "msg": "Deploy sets StageDescription.DataTraceEnabled to true (full requests and responses are written to CloudWatch Logs)"},
		{"resource": "Deploy", "path": ["properties", "StageDescription", "MethodSettings", 0, "DataTraceEnabled"], "msg": "Deploy sets StageDescription.MethodSettings[0].DataTraceEnabled to true (full requests and responses are written to CloudWatch Logs)"},
	} with input as {"resources": [
		res("Prod", "AWS::ApiGateway::Stage", {"StageName": "prod", "MethodSettings": [
			all_methods({"LoggingLevel": "INFO", "DataTraceEnabled": false}),
			{"ResourcePath": "/patients", "HttpMethod": "GET", "LoggingLevel": "INFO", "DataTraceEnabled": true},
		]}),
		res("SamApi", "AWS::Serverless::Api", {"StageName": "prod", "MethodSettings": [all_methods({"DataTraceEnabled": "true"})]}),
		res("Deploy", "AWS::ApiGateway::Deployment", {"StageName": "prod", "StageDescription": {
			"LoggingLevel": "INFO",
			"DataTraceEnabled": "TRUE",
			"MethodSettings": [{"ResourcePath": "/visits", "HttpMethod": "POST", "DataTraceEnabled": true}],
		}}),
	]}
}

test_websocket_stage_route_settings_are_reported if {
	check.deny == {
		{"resource": "Ws", "path": ["properties", "DefaultRouteSettings", "DataTraceEnabled"], "msg": "Ws sets DefaultRouteSettings.DataTraceEnabled to true (full requests and responses are written to CloudWatch Logs)"},
		{"resource": "Ws", "path": ["properties", "RouteSettings", "$connect", "DataTraceEnabled"], "msg": "Ws sets RouteSettings.$connect.DataTraceEnabled to true (full requests and responses are written to CloudWatch Logs)"},
	} with input as {"resources": [res("Ws", "AWS::ApiGatewayV2::Stage", {
		"StageName": "prod",
		"DefaultRouteSettings": {"LoggingLevel": "INFO", "DataTraceEnabled": true},
		"RouteSettings": {"$connect": {"DataTraceEnabled": true}, "$disconnect": {"DataTraceEnabled": false}, "sendmessage": unknown("Fn::If Debug")},
	})]}
}

test_globals_are_reported_when_a_sam_rest_api_takes_them if {
	trace := {"MethodSettings": [all_methods({"LoggingLevel": "INFO", "DataTraceEnabled": true})]}
	reported := {{"resource": "Globals.Api", "path": ["properties", "MethodSettings", 0, "DataTraceEnabled"], "msg": "Globals.Api sets MethodSettings[0].DataTraceEnabled to true (full requests and responses are written to CloudWatch Logs)"}}

	check.deny == reported with input as {"resources": [res("SamApi", "AWS::Serverless::Api", {"StageName": "prod"})], "globals": [globals("Api", trace)]}

	# The implicit API of a function event.
	check.deny == reported with input as {
		"resources": [res("Visits", "AWS::Serverless::Function", {"Events": {"List": {"Type": "Api", "Properties": {"Path": "/visits", "Method": "get"}}}})],
		"globals": [globals("Api", trace)],
	}

	# No SAM REST API: the section applies to nothing.
	count(check.deny) == 0 with input as {
		"resources": [
			res("Http", "AWS::Serverless::HttpApi", {}),
			res("Queue", "AWS::Serverless::Function", {"Events": {"Jobs": {"Type": "SQS", "Properties": {"Queue": "arn:aws:sqs:eu-west-1:123456789012:jobs"}}}}),
			res("Routed", "AWS::Serverless::Function", {"Events": {"Get": {"Type": "Api", "Properties": {"RestApiId": {"__unknown__": "Ref Rest", "refs": ["Rest"], "__ref__": "Rest"}, "Path": "/", "Method": "get"}}}}),
			res("Rest", "AWS::ApiGateway::RestApi", {"Name": "rest"}),
		],
		"globals": [globals("Api", trace)],
	}
}

test_off_absent_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [
		res("Off", "AWS::ApiGateway::Stage", {"MethodSettings": [all_methods({"LoggingLevel": "INFO", "DataTraceEnabled": false}), all_methods({"DataTraceEnabled": "false"})]}),
		res("Absent", "AWS::ApiGateway::Stage", {"MethodSettings": [all_methods({"LoggingLevel": "INFO", "MetricsEnabled": true})]}),
		res("NoSettings", "AWS::ApiGateway::Stage", {"StageName": "prod"}),
		res("UnknownValue", "AWS::Serverless::Api", {"MethodSettings": [all_methods({"DataTraceEnabled": unknown("Ref Trace")})]}),
		res("UnknownList", "AWS::Serverless::Api", {"MethodSettings": unknown("Fn::If Debug")}),
		res("UnknownEntry", "AWS::ApiGateway::Stage", {"MethodSettings": [unknown("Fn::If Debug")]}),
		res("UnknownStage", "AWS::ApiGateway::Deployment", {"StageName": "prod", "StageDescription": unknown("Fn::If Debug")}),
		res("WsOff", "AWS::ApiGatewayV2::Stage", {"DefaultRouteSettings": {"DataTraceEnabled": false}, "RouteSettings": unknown("Ref Routes")}),
		# HTTP APIs do not support data tracing; their route settings are not read.
		res("Http", "AWS::Serverless::HttpApi", {"DefaultRouteSettings": {"DataTraceEnabled": true}}),
	]}
}
