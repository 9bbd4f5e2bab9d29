package evident.checks.openapi.unauthenticated_sensitive_operation_test

import data.evident.checks.openapi.unauthenticated_sensitive_operation as check
import data.evident.lib.openapi_fixtures_test as oa

test_security_none_on_health_data_is_reported if {
	check.deny == {{
		"resource": "GET /patients/{id}/diagnoses",
		"path": ["security"],
		"msg": "GET /patients/{id}/diagnoses handles health data without authentication: security: [] turns authentication off",
	}} with input as oa.doc([oa.op("GET", "/patients/{id}/diagnoses", {"security": oa.explicit_none, "dataCategories": ["health"]})])
}

test_anonymous_alternative_is_reported if {
	check.deny == {{
		"resource": "POST /patients",
		"path": ["security"],
		"msg": "POST /patients handles health data, government identifier without authentication: an empty security requirement ({}) allows anonymous access",
	}} with input as oa.doc([oa.op("POST", "/patients", {"security": oa.anonymous, "dataCategories": ["health", "government-id"]})])
}

test_no_requirement_anywhere_points_at_the_operation if {
	check.deny == {{
		"resource": "GET /users/{id}",
		"path": [],
		"msg": "GET /users/{id} handles contact data without authentication: no security requirement on the operation nor globally",
	}} with input as oa.doc([oa.op("GET", "/users/{id}", {"security": oa.no_security, "dataCategories": ["contact"]})])
}

test_secured_or_non_personal_or_public_operations_pass if {
	count(check.deny) == 0 with input as oa.doc([
		oa.op("GET", "/patients/{id}", {"dataCategories": ["health"]}),
		oa.op("GET", "/catalog", {"security": oa.explicit_none}),
		oa.op("POST", "/auth/login", {"security": oa.explicit_none, "dataCategories": ["credentials"]}),
		oa.op("POST", "/users/register", {"security": oa.no_security, "dataCategories": ["contact", "credentials"]}),
		oa.op("GET", "/api/v1/health", {"security": oa.no_security, "dataCategories": ["health"]}),
	])
}

test_status_under_a_resource_is_not_public if {
	count(check.deny) == 1 with input as oa.doc([oa.op("GET", "/patients/{id}/status", {"security": oa.no_security, "dataCategories": ["health"]})])
}
