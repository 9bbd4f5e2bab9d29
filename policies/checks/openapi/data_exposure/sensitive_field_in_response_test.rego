package evident.checks.openapi.sensitive_field_in_response_test

import data.evident.checks.openapi.sensitive_field_in_response as check
import data.evident.lib.openapi_fixtures_test as oa

patient := oa.schema(
	"object", [
		oa.prop("name", "string", ["personal"]),
		oa.prop("ssn", "string", ["government-id"]),
		oa.prop("diagnosis", "string", ["health"]),
		object.union(oa.prop("password", "string", ["credentials"]), {"writeOnly": true}),
	],
	[],
)

test_government_id_in_a_read_is_reported if {
	check.deny == {{
		"resource": "GET /patients/{id}",
		"path": ["responses", 0, "schema", "properties", 1],
		"msg": "GET /patients/{id} returns government identifier field \"ssn\" in its 200 response",
	}} with input as oa.doc([oa.op("GET", "/patients/{id}", {"responses": [oa.response("200", patient), oa.response("404", null)]})])
}

test_health_in_a_list_is_reported if {
	check.deny == {
		{
			"resource": "GET /patients",
			"path": ["responses", 0, "schema", "properties", 1],
			"msg": "GET /patients returns government identifier field \"ssn\" in its 200 response",
		},
		{
			"resource": "GET /patients",
			"path": ["responses", 0, "schema", "properties", 2],
			"msg": "GET /patients returns health data field \"diagnosis\" in its 200 response",
		},
		{
			"resource": "GET /patients",
			"path": ["responses", 0, "schema", "properties", 3],
			"msg": "GET /patients returns credentials field \"items[].passwordHash\" in its 200 response",
		},
	} with input as oa.doc([oa.op("GET", "/patients", {"responses": [oa.response("200", oa.schema(
		"array", [
			oa.prop("name", "string", ["personal"]),
			oa.prop("ssn", "string", ["government-id"]),
			oa.prop("diagnosis", "string", ["health"]),
			oa.prop("items[].passwordHash", "string", ["credentials"]),
		],
		[],
	))]})])
}

test_writes_errors_write_only_and_unknown_schemas_pass if {
	count(check.deny) == 0 with input as oa.doc([
		oa.op("POST", "/patients", {"responses": [oa.response("201", patient)]}),
		oa.op("GET", "/patients/{id}/errors", {"responses": [oa.response("400", patient)]}),
		oa.op("GET", "/me", {"responses": [oa.response("200", oa.schema(
			"object", [
				oa.prop("diagnosis", "string", ["health"]),
				object.union(oa.prop("password", "string", ["credentials"]), {"writeOnly": true}),
			],
			[],
		))]}),
		oa.op("GET", "/x", {"responses": [oa.response("200", oa.unknown("common.yaml#/Patient"))]}),
	])
}

# GET /lab-results/{id} returns one record: the observations[] inside it are
# that record's, not a list of records. The same fields from a collection are.
lab_result := oa.schema(
	"object", [
		oa.prop("panel", "string", []),
		oa.prop("observations[].loincCode", "string", ["health"]),
	],
	[],
)

test_arrays_inside_a_single_record_read_pass if {
	count(check.deny) == 0 with input as oa.doc([oa.op("GET", "/lab-results/{resultId}", {"responses": [oa.response("200", lab_result)]})])
}

test_arrays_in_a_collection_read_are_reported if {
	check.deny == {{
		"resource": "GET /patients/{id}/lab-results",
		"path": ["responses", 0, "schema", "properties", 1],
		"msg": "GET /patients/{id}/lab-results returns health data field \"observations[].loincCode\" in its 200 response",
	}} with input as oa.doc([oa.op("GET", "/patients/{id}/lab-results", {"responses": [oa.response("200", lab_result)]})])
}

# The last four digits of an SSN are the masked form the remediation asks for.
test_masked_government_identifiers_pass if {
	count(check.deny) == 0 with input as oa.doc([oa.op("GET", "/patients/{id}", {"responses": [oa.response("200", oa.schema(
		"object", [
			oa.prop("ssnLast4", "string", ["government-id"]),
			oa.prop("masked_ssn", "string", ["government-id"]),
			oa.prop("lastFourSsn", "string", ["government-id"]),
		],
		[],
	))]})])
}
