package evident.checks.openapi.missing_auth_error_responses_test

import data.evident.checks.openapi.missing_auth_error_responses as check
import data.evident.lib.openapi_fixtures_test as oa

test_secured_operation_without_401_403_is_reported if {
	check.deny == {{
		"resource": "GET /patients",
		"msg": "GET /patients requires authentication but documents no 401 or 403 response",
	}} with input as oa.doc([oa.op("GET", "/patients", {"responseCodes": ["200", "default"]})])
}

test_documented_refusals_and_public_operations_pass if {
	count(check.deny) == 0 with input as oa.doc([
		oa.op("GET", "/a", {"responseCodes": ["200", "401"]}),
		oa.op("GET", "/b", {"responseCodes": ["200", "403"]}),
		oa.op("GET", "/c", {"responseCodes": ["200", "4XX"]}),
		oa.op("GET", "/d", {"responseCodes": ["200", "4xx"]}),
		oa.op("GET", "/e", {"security": oa.explicit_none, "responseCodes": ["200"]}),
	])
}

# Other operations document 401: each secured one that does not is a gap.
test_each_gap_is_reported_where_others_document_refusals if {
	check.deny == {
		{"resource": "GET /patients", "msg": "GET /patients requires authentication but documents no 401 or 403 response"},
		{"resource": "DELETE /patients/{id}", "msg": "DELETE /patients/{id} requires authentication but documents no 401 or 403 response"},
	} with input as oa.doc([
		oa.op("GET", "/patients", {"responseCodes": ["200"]}),
		oa.op("GET", "/patients/{id}", {"responseCodes": ["200", "401", "403"]}),
		oa.op("DELETE", "/patients/{id}", {"responseCodes": ["204"]}),
	])
}

# No operation documents a refusal (a generated specification): one finding for the API.
test_no_refusal_anywhere_is_reported_once_on_the_first_secured_operation if {
	check.deny == {{
		"resource": "GET /patients",
		"msg": "GET /patients requires authentication but documents no 401 or 403 response, nor does any other operation: 2 secured operations document no refusal",
	}} with input as oa.doc([
		oa.op("DELETE", "/patients/{id}", {"startLine": 40, "responseCodes": ["204"]}),
		oa.op("GET", "/patients", {"startLine": 12, "responseCodes": ["200", "default"]}),
		oa.op("GET", "/health", {"startLine": 3, "security": oa.explicit_none, "responseCodes": ["200"]}),
	])
}
