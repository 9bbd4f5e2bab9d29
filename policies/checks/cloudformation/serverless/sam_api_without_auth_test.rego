package evident.checks.cloudformation.sam_api_without_auth_test

import data.evident.checks.cloudformation.sam_api_without_auth as check

api(type, props) := {"id": "Api", "type": type, "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

test_api_without_authorizer_is_reported if {
	check.deny == {{"resource": "Api", "msg": "Api has no Auth.DefaultAuthorizer (routes without their own authorizer are public)"}} with input as {"resources": [api("AWS::Serverless::Api", {"StageName": "prod"})]}
	count(check.deny) == 1 with input as {"resources": [api("AWS::Serverless::HttpApi", {"Auth": {"Authorizers": {"Jwt": {}}}})]}
}

test_authorizer_globals_definition_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [api("AWS::Serverless::Api", {"Auth": {"DefaultAuthorizer": "AWS_IAM"}})]}
	count(check.deny) == 0 with input as {"resources": [api("AWS::Serverless::Api", {"DefinitionUri": "openapi.yaml"})]}
	count(check.deny) == 0 with input as {"resources": [api("AWS::Serverless::Api", {"Auth": {"__unknown__": "Fn::If A", "refs": ["A"]}})]}
	count(check.deny) == 0 with input as {"resources": [api("AWS::Serverless::HttpApi", {})], "globals": [{"id": "Globals.HttpApi", "section": "HttpApi", "properties": {"Auth": {"DefaultAuthorizer": "Jwt"}}, "file": "t.yaml", "startLine": 2, "endLine": 4}]}
	count(check.deny) == 0 with input as {"resources": [api("AWS::Serverless::Api", {"Auth": {"DefaultAuthorizer": {"__unknown__": "Ref A", "refs": ["A"]}}})]}
}
