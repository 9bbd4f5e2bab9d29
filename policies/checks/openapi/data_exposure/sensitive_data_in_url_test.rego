package evident.checks.openapi.sensitive_data_in_url_test

import data.evident.checks.openapi.sensitive_data_in_url as check
import data.evident.lib.openapi_fixtures_test as oa

test_path_and_query_parameters_are_reported if {
	check.deny == {
		{
			"resource": "GET /patients/by-ssn/{ssn}",
			"path": ["parameters", 0],
			"msg": "GET /patients/by-ssn/{ssn} puts government identifier in the URL: path parameter \"ssn\"",
		},
		{
			"resource": "GET /patients/by-ssn/{ssn}",
			"path": ["parameters", 2],
			"msg": "GET /patients/by-ssn/{ssn} puts contact data in the URL: query parameter \"email\"",
		},
	} with input as oa.doc([oa.op("GET", "/patients/by-ssn/{ssn}", {"parameters": [
		oa.param("ssn", "path", "string", ["government-id"]),
		oa.param("patientId", "query", "string", []),
		oa.param("email", "query", "string", ["contact"]),
		oa.param("X-Patient-Email", "header", "string", ["contact"]),
		oa.param("ssn", "formData", "string", ["government-id"]),
	]})])
}

test_opaque_identifiers_pass if {
	count(check.deny) == 0 with input as oa.doc([oa.op("GET", "/patients/{patientId}", {"parameters": [
		oa.param("patientId", "path", "string", []),
		oa.param("limit", "query", "integer", []),
	]})])
}

# A path item's parameter shared by GET, PUT and DELETE is one declaration: reported once.
test_shared_parameter_is_reported_once if {
	email := oa.shared(oa.param("email", "path", "string", ["contact"]), "#/paths/~1users~1{email}/parameters/0")
	check.deny == {{
		"resource": "GET /users/{email}",
		"path": ["parameters", 0],
		"msg": "GET /users/{email} puts contact data in the URL: path parameter \"email\"",
	}} with input as oa.doc([
		oa.op("GET", "/users/{email}", {"startLine": 8, "parameters": [email]}),
		oa.op("DELETE", "/users/{email}", {"startLine": 16, "parameters": [email]}),
	])
}
