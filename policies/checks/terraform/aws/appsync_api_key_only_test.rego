package evident.checks.terraform.appsync_api_key_only_test

import data.evident.checks.terraform.appsync_api_key_only as check

api(name, config) := {
	"id": concat(".", ["aws_appsync_graphql_api", name]), "mode": "managed", "type": "aws_appsync_graphql_api", "name": name,
	"file": "graphql.tf", "startLine": 1, "endLine": 9, "config": config,
}

test_api_key_only_apis_are_reported if {
	check.deny == {
		{"resource": "aws_appsync_graphql_api.portal", "path": ["config", "authentication_type"], "msg": "aws_appsync_graphql_api.portal authenticates callers with an API key only (authentication_type = \"API_KEY\"): no caller is identified"},
		{"resource": "aws_appsync_graphql_api.twice", "path": ["config", "authentication_type"], "msg": "aws_appsync_graphql_api.twice authenticates callers with an API key only (authentication_type = \"API_KEY\"): no caller is identified"},
	} with input as {"type": "terraform", "resources": [
		api("portal", {"name": "portal", "authentication_type": "API_KEY"}),
		api("twice", {"name": "twice", "authentication_type": "API_KEY", "additional_authentication_provider": [{"authentication_type": "API_KEY"}]}),
	]}
}

test_identifying_authentication_passes if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		api("cognito", {"authentication_type": "AMAZON_COGNITO_USER_POOLS", "user_pool_config": [{"user_pool_id": "eu-central-1_x", "default_action": "ALLOW"}]}),
		api("key_plus_cognito", {"authentication_type": "API_KEY", "additional_authentication_provider": [{"authentication_type": "AMAZON_COGNITO_USER_POOLS"}]}),
		api("dynamic", {"authentication_type": "API_KEY", "dynamic": {"additional_authentication_provider": [{"for_each": {"__unknown__": "var.providers", "refs": ["var.providers"]}}]}}),
		api("variable", {"authentication_type": {"__unknown__": "var.auth", "refs": ["var.auth"]}}),
	]}
}
