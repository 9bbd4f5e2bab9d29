package evident.checks.openapi.missing_rate_limit_response_test

import data.evident.checks.openapi.missing_rate_limit_response as check
import data.evident.lib.openapi_fixtures_test as oa

# Where the specification documents 429 elsewhere, each operation left out is a gap.
test_login_and_personal_data_without_429_are_reported_where_others_document_it if {
	check.deny == {
		{"resource": "POST /auth/login", "msg": "POST /auth/login is an authentication step but documents no 429 (rate limit) response"},
		{"resource": "GET /patients", "msg": "GET /patients handles health data, contact data but documents no 429 (rate limit) response"},
	} with input as oa.doc([
		oa.op("POST", "/auth/login", {"responseCodes": ["200", "401"], "dataCategories": ["credentials"]}),
		oa.op("GET", "/patients", {"responseCodes": ["200"], "dataCategories": ["health", "contact"]}),
		oa.op("GET", "/patients/{id}", {"responseCodes": ["200", "429"], "dataCategories": ["health"]}),
	])
}

# Where no operation documents 429, the gap is the API's: reported once, on the first operation.
test_no_429_anywhere_is_reported_once_on_the_first_operation if {
	check.deny == {{
		"resource": "POST /auth/login",
		"msg": "POST /auth/login is an authentication step but documents no 429 (rate limit) response, nor does any other operation: 3 operations on personal data or sign-in have no documented rate limit",
	}} with input as oa.doc([
		oa.op("GET", "/patients", {"startLine": 30, "responseCodes": ["200"], "dataCategories": ["health"]}),
		oa.op("POST", "/auth/login", {"startLine": 8, "responseCodes": ["200", "401"]}),
		oa.op("GET", "/patients/{id}", {"startLine": 50, "responseCodes": ["200"], "dataCategories": ["health"]}),
		oa.op("GET", "/catalog", {"startLine": 2, "responseCodes": ["200"]}),
	])
}

# Nobody guesses a logout, an OAuth callback or a key set: no rate limit needed.
test_steps_without_a_guessable_secret_pass if {
	count(check.deny) == 0 with input as oa.doc([
		oa.op("POST", "/auth/logout", {"responseCodes": ["204"]}),
		oa.op("GET", "/oauth/callback", {"responseCodes": ["302"]}),
		oa.op("GET", "/.well-known/jwks.json", {"responseCodes": ["200"]}),
	])
}

test_documented_429_and_plain_operations_pass if {
	count(check.deny) == 0 with input as oa.doc([
		oa.op("POST", "/auth/login", {"responseCodes": ["200", "429"]}),
		oa.op("GET", "/patients", {"responseCodes": ["200", "4XX"], "dataCategories": ["health"]}),
		oa.op("GET", "/catalog", {"responseCodes": ["200"]}),
	])
}
