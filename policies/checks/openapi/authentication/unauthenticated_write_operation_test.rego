package evident.checks.openapi.unauthenticated_write_operation_test

import data.evident.checks.openapi.unauthenticated_write_operation as check
import data.evident.lib.openapi_fixtures_test as oa

test_unauthenticated_delete_is_reported if {
	check.deny == {{
		"resource": "DELETE /appointments/{id}",
		"path": ["security"],
		"msg": "DELETE /appointments/{id} changes data without authentication: security: [] turns authentication off",
	}} with input as oa.doc([oa.op("DELETE", "/appointments/{id}", {"security": oa.explicit_none})])
}

test_write_without_any_requirement_is_reported if {
	check.deny == {{
		"resource": "PUT /settings",
		"path": [],
		"msg": "PUT /settings changes data without authentication: no security requirement on the operation nor globally",
	}} with input as oa.doc([oa.op("PUT", "/settings", {"security": oa.no_security})])
}

test_reads_secured_writes_personal_data_and_login_pass if {
	count(check.deny) == 0 with input as oa.doc([
		oa.op("GET", "/settings", {"security": oa.no_security}),
		oa.op("POST", "/settings", {}),
		oa.op("POST", "/patients", {"security": oa.explicit_none, "dataCategories": ["health"]}),
		oa.op("POST", "/oauth/token", {"security": oa.explicit_none}),
	])
}
