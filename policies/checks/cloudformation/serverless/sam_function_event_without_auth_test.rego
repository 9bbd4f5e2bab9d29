package evident.checks.cloudformation.sam_function_event_without_auth_test

import data.evident.checks.cloudformation.sam_function_event_without_auth as check

fn(events) := {"id": "GetPatient", "type": "AWS::Serverless::Function", "properties": {"Handler": "index.get", "Events": events}, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

api_ref := {"__unknown__": "Ref Api", "refs": ["Api"], "__ref__": "Api"}

test_implicit_routes_without_auth_are_reported if {
	check.deny == {
		{"resource": "GetPatient", "path": ["properties", "Events", "Get"], "msg": "function GetPatient event Get adds a route to the implicit Api without an authorizer"},
		{"resource": "GetPatient", "path": ["properties", "Events", "Hook"], "msg": "function GetPatient event Hook adds a route to the implicit HttpApi with Authorizer NONE"},
	} with input as {"resources": [fn({
		"Get": {"Type": "Api", "Properties": {"Path": "/patients/{id}", "Method": "get"}},
		"Hook": {"Type": "HttpApi", "Properties": {"Path": "/hook", "Method": "post", "Auth": {"Authorizer": "NONE"}}},
		"Nightly": {"Type": "Schedule", "Properties": {"Schedule": "rate(1 day)"}},
	})]}
}

test_explicit_api_event_authorizer_globals_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [fn({"Get": {"Type": "Api", "Properties": {"RestApiId": api_ref, "Path": "/p", "Method": "get"}}})]}
	count(check.deny) == 0 with input as {"resources": [fn({"Get": {"Type": "Api", "Properties": {"Path": "/p", "Method": "get", "Auth": {"Authorizer": "Cognito"}}}})]}
	count(check.deny) == 0 with input as {"resources": [fn({"Get": {"Type": "Api", "Properties": {"Path": "/p", "Method": "get", "Auth": {"__unknown__": "Fn::If A", "refs": ["A"]}}}})]}
	count(check.deny) == 0 with input as {
		"resources": [fn({"Get": {"Type": "HttpApi", "Properties": {"Path": "/p", "Method": "get"}}})],
		"globals": [{"id": "Globals.HttpApi", "section": "HttpApi", "properties": {"Auth": {"DefaultAuthorizer": "Jwt"}}, "file": "t.yaml", "startLine": 1, "endLine": 2}],
	}
}
