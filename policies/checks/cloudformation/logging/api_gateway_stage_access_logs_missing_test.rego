package evident.checks.cloudformation.api_gateway_stage_access_logs_missing_test

import data.evident.checks.cloudformation.api_gateway_stage_access_logs_missing as check

res(id, type, props) := {"id": id, "type": type, "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

globals(section, props) := {"id": concat(".", ["Globals", section]), "section": section, "properties": props, "file": "t.yaml", "startLine": 2, "endLine": 4}

unknown(expr) := {"__unknown__": expr, "refs": []}

log_group := {"__unknown__": "Fn::GetAtt Logs.Arn", "refs": ["Logs.Arn"], "__ref__": "Logs", "attribute": "Arn"}

test_missing_setting_is_reported if {
	check.deny == {
		{"resource": "Rest", "msg": "Rest has no AccessLogSetting (API requests are not logged)"},
		{"resource": "Http", "msg": "Http has no AccessLogSettings (API requests are not logged)"},
		{"resource": "SamRest", "msg": "SamRest has no AccessLogSetting (API requests are not logged)"},
		{"resource": "SamHttp", "msg": "SamHttp has no AccessLogSettings (API requests are not logged)"},
	} with input as {"resources": [
		res("Rest", "AWS::ApiGateway::Stage", {"StageName": "prod", "RestApiId": "abc123"}),
		res("Http", "AWS::ApiGatewayV2::Stage", {"StageName": "$default", "ApiId": "abc123", "AutoDeploy": true}),
		res("SamRest", "AWS::Serverless::Api", {"StageName": "prod"}),
		res("SamHttp", "AWS::Serverless::HttpApi", {}),
	]}
}

# CloudFormation takes a setting without DestinationArn (Terraform does not).
test_setting_without_destination_is_reported_at_the_property if {
	check.deny == {
		{"resource": "Rest", "path": ["properties", "AccessLogSetting"], "msg": "Rest has no AccessLogSetting.DestinationArn (API requests are not logged)"},
		{"resource": "Http", "path": ["properties", "AccessLogSettings"], "msg": "Http has no AccessLogSettings.DestinationArn (API requests are not logged)"},
		{"resource": "SamRest", "path": ["properties", "AccessLogSetting"], "msg": "SamRest has no AccessLogSetting.DestinationArn (API requests are not logged)"},
	} with input as {"resources": [
		res("Rest", "AWS::ApiGateway::Stage", {"AccessLogSetting": {"Format": "$context.requestId"}}),
		res("Http", "AWS::ApiGatewayV2::Stage", {"AccessLogSettings": {"DestinationArn": "", "Format": "$context.requestId"}}),
		res("SamRest", "AWS::Serverless::Api", {"AccessLogSetting": {}}),
	]}
}

test_destination_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [
		res("Rest", "AWS::ApiGateway::Stage", {"AccessLogSetting": {"DestinationArn": log_group, "Format": "$context.requestId"}}),
		res("Http", "AWS::ApiGatewayV2::Stage", {"AccessLogSettings": {"DestinationArn": "arn:aws:logs:eu-west-1:123456789012:log-group:api", "Format": "$context.requestId"}}),
		res("SamRest", "AWS::Serverless::Api", {"AccessLogSetting": unknown("Fn::If Logging")}),
		res("SamHttp", "AWS::Serverless::HttpApi", {"AccessLogSettings": {"DestinationArn": unknown("Ref LogArn")}}),
		res("SamHttp2", "AWS::Serverless::HttpApi", {"AccessLogSetting": {"DestinationArn": log_group}}),
	]}
}

test_sam_globals if {
	count(check.deny) == 0 with input as {
		"resources": [res("SamRest", "AWS::Serverless::Api", {"StageName": "prod"}), res("SamHttp", "AWS::Serverless::HttpApi", {})],
		"globals": [globals("Api", {"AccessLogSetting": {"DestinationArn": log_group}}), globals("HttpApi", {"AccessLogSettings": {"DestinationArn": log_group}})],
	}

	# Globals supply the destination, the API its own format: SAM merges the two.
	count(check.deny) == 0 with input as {
		"resources": [res("SamRest", "AWS::Serverless::Api", {"AccessLogSetting": {"Format": "$context.requestId"}})],
		"globals": [globals("Api", {"AccessLogSetting": {"DestinationArn": log_group}})],
	}

	# Globals of the other kind of API do not count; neither do SAM globals for plain stages.
	check.deny == {
		{"resource": "SamHttp", "msg": "SamHttp has no AccessLogSettings (API requests are not logged)"},
		{"resource": "Rest", "msg": "Rest has no AccessLogSetting (API requests are not logged)"},
	} with input as {
		"resources": [res("SamHttp", "AWS::Serverless::HttpApi", {}), res("Rest", "AWS::ApiGateway::Stage", {})],
		"globals": [globals("Api", {"AccessLogSetting": {"DestinationArn": log_group}})],
	}

	# A Globals setting without a destination is located at the API.
	check.deny == {{"resource": "SamRest", "msg": "SamRest has no AccessLogSetting.DestinationArn (API requests are not logged)"}} with input as {
		"resources": [res("SamRest", "AWS::Serverless::Api", {"StageName": "prod"})],
		"globals": [globals("Api", {"AccessLogSetting": {"Format": "$context.requestId"}})],
	}
}

fn(id, events) := res(id, "AWS::Serverless::Function", {"Runtime": "nodejs20.x", "Events": events})

test_implicit_apis if {
	# One finding per implicit API, at its first event (by function and event name).
	check.deny == {
		{"resource": "Intake", "path": ["properties", "Events", "Create"], "msg": "function Intake event Create adds a route to the implicit Api, which has no AccessLogSetting (API requests are not logged; set it in Globals Api)"},
		{"resource": "Reports", "path": ["properties", "Events", "Get"], "msg": "function Reports event Get adds a route to the implicit HttpApi, which has no AccessLogSettings (API requests are not logged; set it in Globals HttpApi)"},
	} with input as {"resources": [
		fn("Intake", {"List": {"Type": "Api", "Properties": {"Path": "/visits", "Method": "get"}}, "Create": {"Type": "Api", "Properties": {"Path": "/visits", "Method": "post"}}}),
		fn("Reports", {"Get": {"Type": "HttpApi", "Properties": {"Path": "/reports", "Method": "get"}}}),
		fn("Explicit", {"Get": {"Type": "Api", "Properties": {"RestApiId": {"__unknown__": "Ref VisitsApi", "refs": ["VisitsApi"], "__ref__": "VisitsApi"}, "Path": "/", "Method": "get"}}}),
		fn("Queue", {"Jobs": {"Type": "SQS", "Properties": {"Queue": "arn:aws:sqs:eu-west-1:123456789012:jobs"}}}),
	]}

	# Globals give the implicit APIs their logs (or may: an unknown setting).
	count(check.deny) == 0 with input as {
		"resources": [fn("Intake", {"Create": {"Type": "Api", "Properties": {"Path": "/v", "Method": "post"}}}), fn("Reports", {"Get": {"Type": "HttpApi"}})],
		"globals": [globals("Api", {"AccessLogSetting": {"DestinationArn": log_group}}), globals("HttpApi", {"AccessLogSettings": unknown("Fn::If Logs")})],
	}

	# A Globals setting without a destination.
	check.deny == {{"resource": "Intake", "path": ["properties", "Events", "Create"], "msg": "function Intake event Create adds a route to the implicit Api, whose Globals AccessLogSetting has no DestinationArn (API requests are not logged)"}} with input as {
		"resources": [fn("Intake", {"Create": {"Type": "Api", "Properties": {"Path": "/v", "Method": "post"}}})],
		"globals": [globals("Api", {"AccessLogSetting": {"Format": "$context.requestId"}})],
	}
}
