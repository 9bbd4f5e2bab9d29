package evident.checks.cloudformation.sam_api_without_auth_test

import data.evident.checks.cloudformation.sam_api_without_auth as check

api(type, props) := {"id": "Api", "type": type, "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

ref(id) := {"__unknown__": concat(" ", ["Ref", id]), "refs": [id], "__ref__": id}

fn(events) := {"id": "Fn", "type": "AWS::Serverless::Function", "properties": {"Events": events}, "dependsOn": [], "file": "t.yaml", "startLine": 10, "endLine": 19}

rest_route := fn({"Get": {"Type": "Api", "Properties": {"RestApiId": ref("Api"), "Path": "/records", "Method": "get"}}})

http_route := fn({"Get": {"Type": "HttpApi", "Properties": {"ApiId": ref("Api"), "Path": "/records", "Method": "get"}}})

test_api_without_authorizer_is_reported if {
	check.deny == reported with input as {"resources": [api("AWS::Serverless::Api", {"StageName": "prod"}), rest_route]}
	check.deny == reported with input as {"resources": [api("AWS::Serverless::HttpApi", {"Auth": {"Authorizers": {"Jwt": {}}}}), http_route]}
}

reported := {{"resource": "Api", "msg": "Api has no Auth.DefaultAuthorizer (routes without their own authorizer are public)"}}

test_routes_of_state_machines_methods_and_undecided_references_count if {
	check.deny == reported with input as {"resources": [
		api("AWS::Serverless::Api", {"StageName": "prod"}),
		{"id": "Flow", "type": "AWS::Serverless::StateMachine", "properties": {"Events": {"Start": {"Type": "Api", "Properties": {"RestApiId": ref("Api"), "Path": "/start", "Method": "post"}}}}, "dependsOn": [], "file": "t.yaml", "startLine": 10, "endLine": 19},
	]}
	check.deny == reported with input as {"resources": [
		api("AWS::Serverless::HttpApi", {}),
		{"id": "Route", "type": "AWS::ApiGatewayV2::Route", "properties": {"ApiId": ref("Api"), "RouteKey": "GET /records"}, "dependsOn": [], "file": "t.yaml", "startLine": 10, "endLine": 19},
	]}
	check.deny == reported with input as {"resources": [
		api("AWS::Serverless::Api", {}),
		fn({"Get": {"Type": "Api", "Properties": {"RestApiId": {"__unknown__": "Fn::If UseApi", "refs": ["UseApi", "Api", "OtherApi"]}, "Path": "/", "Method": "get"}}}),
	]}
}

# An API that no event, method or route of the template routes to exposes nothing.
test_api_without_routes_passes if {
	count(check.deny) == 0 with input as {"resources": [api("AWS::Serverless::Api", {"StageName": "prod"})]}
	count(check.deny) == 0 with input as {"resources": [
		api("AWS::Serverless::HttpApi", {}),
		fn({"Get": {"Type": "HttpApi", "Properties": {"Path": "/records", "Method": "get"}}}),
		fn({"Other": {"Type": "HttpApi", "Properties": {"ApiId": ref("OtherApi"), "Path": "/", "Method": "get"}}}),
		fn({"Rest": {"Type": "Api", "Properties": {"RestApiId": ref("Api"), "Path": "/", "Method": "get"}}}),
	]}
}

test_authorizer_globals_definition_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [api("AWS::Serverless::Api", {"Auth": {"DefaultAuthorizer": "AWS_IAM"}})]}
	count(check.deny) == 0 with input as {"resources": [api("AWS::Serverless::Api", {"DefinitionUri": "openapi.yaml"})]}
	count(check.deny) == 0 with input as {"resources": [api("AWS::Serverless::Api", {"Auth": {"__unknown__": "Fn::If A", "refs": ["A"]}})]}
	count(check.deny) == 0 with input as {"resources": [api("AWS::Serverless::HttpApi", {})], "globals": [{"id": "Globals.HttpApi", "section": "HttpApi", "properties": {"Auth": {"DefaultAuthorizer": "Jwt"}}, "file": "t.yaml", "startLine": 2, "endLine": 4}]}
	count(check.deny) == 0 with input as {"resources": [api("AWS::Serverless::Api", {"Auth": {"DefaultAuthorizer": {"__unknown__": "Ref A", "refs": ["A"]}}})]}
}
