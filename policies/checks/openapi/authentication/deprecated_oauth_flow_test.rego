package evident.checks.openapi.deprecated_oauth_flow_test

import data.evident.checks.openapi.deprecated_oauth_flow as check
import data.evident.lib.openapi_fixtures_test as oa

test_implicit_and_password_flows_are_reported if {
	check.deny == {
		{
			"resource": "Clinic API",
			"path": ["securitySchemes", 0],
			"msg": "security scheme \"oauth\" of Clinic API uses the OAuth2 implicit flow, which the OAuth 2.0 Security Best Current Practice forbids",
		},
		{
			"resource": "Clinic API",
			"path": ["securitySchemes", 0],
			"msg": "security scheme \"oauth\" of Clinic API uses the OAuth2 resource owner password flow, which the OAuth 2.0 Security Best Current Practice forbids",
		},
	} with input as oa.doc([oa.api({"securitySchemes": [oa.scheme("oauth", "oauth2", {"flows": ["authorizationCode", "implicit", "password"]})]})])
}

test_code_and_client_credentials_pass if {
	count(check.deny) == 0 with input as oa.doc([oa.api({"securitySchemes": [
		oa.scheme("oauth", "oauth2", {"flows": ["authorizationCode", "clientCredentials"]}),
		oa.scheme("pw", "apiKey", {"flows": ["password"]}),
	]})])
}
