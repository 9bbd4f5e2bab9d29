package evident.checks.openapi.unbounded_string_input_test

import data.evident.checks.openapi.unbounded_string_input as check
import data.evident.lib.openapi_fixtures_test as oa

test_unconstrained_parameter_and_property_are_reported if {
	check.deny == {
		{
			"resource": "POST /notes",
			"path": ["parameters", 0],
			"msg": "POST /notes accepts query parameter \"q\" without maxLength, pattern, enum or format",
		},
		{
			"resource": "POST /notes",
			"path": ["requestBody", "schema", "properties", 0],
			"msg": "POST /notes accepts request body property \"text\" without maxLength, pattern, enum or format",
		},
	} with input as oa.doc([oa.op("POST", "/notes", {
		"parameters": [oa.param("q", "query", "string", [])],
		"requestBody": oa.body(oa.schema("object", [oa.prop("text", "string", [])], [])),
	})])
}

test_constrained_read_only_and_unknown_fields_pass if {
	count(check.deny) == 0 with input as oa.doc([oa.op("POST", "/notes", {
		"parameters": [
			object.union(oa.param("a", "query", "string", []), {"maxLength": 10}),
			object.union(oa.param("b", "query", "string", []), {"pattern": "^[a-z]+$"}),
			object.union(oa.param("c", "query", "string", []), {"enum": true}),
			object.union(oa.param("d", "query", "string", []), {"format": "uuid"}),
			oa.param("e", "query", "integer", []),
			object.union(oa.param("f", "query", "string", []), {"type": oa.unknown("common.yaml#/Q")}),
		],
		"requestBody": oa.body(oa.schema("object", [object.union(oa.prop("id", "string", []), {"readOnly": true})], [])),
	})])
}

test_unknown_request_body_passes if {
	count(check.deny) == 0 with input as oa.doc([oa.op("POST", "/notes", {"requestBody": oa.unknown("common.yaml#/Body")})])
}

# A property of a shared schema (components/schemas/MessageInput) used by two
# operations is one declaration: reported once, on the operation written first.
test_shared_schema_property_is_reported_once_on_its_first_operation if {
	body := oa.schema("object", [oa.shared(oa.prop("body", "string", []), "#/components/schemas/MessageInput/properties/body")], [])
	check.deny == {{
		"resource": "POST /patients/{id}/messages",
		"path": ["requestBody", "schema", "properties", 0],
		"msg": "POST /patients/{id}/messages accepts request body property \"body\" without maxLength, pattern, enum or format",
	}} with input as oa.doc([
		oa.op("POST", "/messages/{id}/replies", {"startLine": 40, "requestBody": oa.body(body)}),
		oa.op("POST", "/patients/{id}/messages", {"startLine": 12, "requestBody": oa.body(body)}),
	])
}
