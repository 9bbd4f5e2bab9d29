package evident.checks.openapi.open_request_body_schema_test

import data.evident.checks.openapi.open_request_body_schema as check
import data.evident.lib.openapi_fixtures_test as oa

obj(path, additional) := oa.obj(path, additional)

test_open_root_and_nested_objects_are_reported if {
	check.deny == {
		{
			"resource": "POST /patients",
			"path": ["requestBody", "schema", "objects", 0],
			"msg": "request body of POST /patients accepts undeclared properties in the root object (additionalProperties is not false)",
		},
		{
			"resource": "POST /patients",
			"path": ["requestBody", "schema", "objects", 2],
			"msg": "request body of POST /patients accepts undeclared properties in object \"address\" (additionalProperties is not false)",
		},
	} with input as oa.doc([oa.op("POST", "/patients", {"requestBody": oa.body(oa.schema("object", [], [
		obj("", "absent"),
		obj("contacts[]", "forbidden"),
		obj("address", "allowed"),
	]))})])
}

test_closed_maps_empty_reads_and_unknown_pass if {
	count(check.deny) == 0 with input as oa.doc([
		oa.op("PUT", "/a", {"requestBody": oa.body(oa.schema("object", [], [obj("", "forbidden"), obj("labels", "schema")]))}),
		oa.op("PATCH", "/b", {"requestBody": oa.body(oa.schema("object", [], [object.union(obj("", "absent"), {"hasProperties": false})]))}),
		oa.op("DELETE", "/c", {"requestBody": oa.body(oa.schema("object", [], [obj("", "absent")]))}),
		oa.op("POST", "/d", {"requestBody": oa.unknown("shared.yaml#/Body")}),
		oa.op("POST", "/e", {"requestBody": oa.body(oa.unknown("shared.yaml#/Schema"))}),
	])
}

# A shared body schema is reported once, on the first POST/PUT/PATCH using it:
# a DELETE with the same body (never reported) written earlier does not hide it.
test_shared_open_schema_is_reported_once_on_the_first_write if {
	change := oa.schema("object", [], [oa.shared(obj("", "absent"), "#/components/schemas/AppointmentChange")])
	check.deny == {{
		"resource": "PATCH /appointments/{id}",
		"path": ["requestBody", "schema", "objects", 0],
		"msg": "request body of PATCH /appointments/{id} accepts undeclared properties in the root object (additionalProperties is not false)",
	}} with input as oa.doc([
		oa.op("DELETE", "/appointments/{id}", {"startLine": 3, "requestBody": oa.body(change)}),
		oa.op("PATCH", "/appointments/{id}", {"startLine": 20, "requestBody": oa.body(change)}),
		oa.op("PUT", "/appointments/{id}/slot", {"startLine": 50, "requestBody": oa.body(change)}),
	])
}
