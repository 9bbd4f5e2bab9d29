package evident.checks.openapi.api_key_in_query_test

import data.evident.checks.openapi.api_key_in_query as check
import data.evident.lib.openapi_fixtures_test as oa

test_query_api_key_is_reported if {
	check.deny == {{
		"resource": "Clinic API",
		"path": ["securitySchemes", 0],
		"msg": "security scheme \"key\" of Clinic API sends the API key in the query string (parameter \"api_key\")",
	}} with input as oa.doc([oa.api({"securitySchemes": [oa.scheme("key", "apiKey", {"in": "query", "parameterName": "api_key"})]})])
}

test_header_and_cookie_keys_pass if {
	count(check.deny) == 0 with input as oa.doc([oa.api({"securitySchemes": [
		oa.scheme("key", "apiKey", {"in": "header", "parameterName": "X-API-Key"}),
		oa.scheme("session", "apiKey", {"in": "cookie", "parameterName": "sid"}),
		oa.scheme("q", "http", {"scheme": "bearer", "in": "query"}),
	]})])
}
