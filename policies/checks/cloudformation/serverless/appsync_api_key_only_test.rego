package evident.checks.cloudformation.appsync_api_key_only_test

import data.evident.checks.cloudformation.appsync_api_key_only as check

api(id, props) := {"id": id, "type": "AWS::AppSync::GraphQLApi", "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

test_api_key_only_apis_are_reported if {
	check.deny == {
		{"resource": "Portal", "path": ["properties", "AuthenticationType"], "msg": "Portal authenticates callers with an API key only (AuthenticationType API_KEY): no caller is identified"},
	} with input as {"resources": [api("Portal", {"Name": "portal", "AuthenticationType": "API_KEY"})]}
}

test_identifying_authentication_passes if {
	count(check.deny) == 0 with input as {"resources": [
		api("Cognito", {"Name": "c", "AuthenticationType": "AMAZON_COGNITO_USER_POOLS"}),
		api("KeyPlusIam", {"Name": "k", "AuthenticationType": "API_KEY", "AdditionalAuthenticationProviders": [{"AuthenticationType": "AWS_IAM"}]}),
		api("FromParameter", {"Name": "p", "AuthenticationType": {"__unknown__": "Ref Auth", "refs": ["Auth"]}}),
		api("UnknownProviders", {"Name": "u", "AuthenticationType": "API_KEY", "AdditionalAuthenticationProviders": {"__unknown__": "Ref Providers", "refs": ["Providers"]}}),
	]}
}
