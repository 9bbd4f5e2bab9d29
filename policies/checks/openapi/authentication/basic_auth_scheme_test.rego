package evident.checks.openapi.basic_auth_scheme_test

import data.evident.checks.openapi.basic_auth_scheme as check
import data.evident.lib.openapi_fixtures_test as oa

test_basic_scheme_is_reported if {
	check.deny == {{
		"resource": "Clinic API",
		"path": ["securitySchemes", 1],
		"msg": "security scheme \"legacy\" of Clinic API is HTTP Basic authentication (a reusable password sent with every request)",
	}} with input as oa.doc([oa.api({"securitySchemes": [
		oa.scheme("bearerAuth", "http", {"scheme": "bearer"}),
		oa.scheme("legacy", "http", {"scheme": "basic"}),
	]})])
}

test_bearer_digest_and_other_types_pass if {
	count(check.deny) == 0 with input as oa.doc([oa.api({"securitySchemes": [
		oa.scheme("bearerAuth", "http", {"scheme": "bearer"}),
		oa.scheme("digest", "http", {"scheme": "digest"}),
		oa.scheme("key", "apiKey", {"in": "header", "parameterName": "basic"}),
		oa.scheme("oidc", "openIdConnect", {}),
	]})])
}
