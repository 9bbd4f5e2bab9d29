package evident.checks.openapi.unbounded_number_input_test

import data.evident.checks.openapi.unbounded_number_input as check
import data.evident.lib.openapi_fixtures_test as oa

test_unbounded_limit_and_amount_are_reported if {
	check.deny == {
		{
			"resource": "POST /invoices",
			"path": ["parameters", 0],
			"msg": "POST /invoices accepts integer query parameter \"limit\" without a maximum",
		},
		{
			"resource": "POST /invoices",
			"path": ["requestBody", "schema", "properties", 0],
			"msg": "POST /invoices accepts number request body property \"amount\" without a maximum",
		},
	} with input as oa.doc([oa.op("POST", "/invoices", {
		"parameters": [oa.param("limit", "query", "integer", [])],
		"requestBody": oa.body(oa.schema("object", [oa.prop("amount", "number", ["financial"])], [])),
	})])
}

test_bounded_enum_and_other_types_pass if {
	count(check.deny) == 0 with input as oa.doc([oa.op("GET", "/invoices", {"parameters": [
		object.union(oa.param("limit", "query", "integer", []), {"maximum": 100}),
		object.union(oa.param("page", "query", "integer", []), {"maximum": 0}),
		object.union(oa.param("level", "query", "integer", []), {"enum": true}),
		oa.param("q", "query", "boolean", []),
	]})])
}

# A shared parameter (components/parameters/PageSize) is reported once, not per operation.
test_shared_parameter_is_reported_once if {
	size := oa.shared(oa.param("pageSize", "query", "integer", []), "#/components/parameters/PageSize")
	check.deny == {{
		"resource": "GET /clinics",
		"path": ["parameters", 0],
		"msg": "GET /clinics accepts integer query parameter \"pageSize\" without a maximum",
	}} with input as oa.doc([
		oa.op("GET", "/clinics", {"startLine": 5, "parameters": [size]}),
		oa.op("GET", "/referrals", {"startLine": 30, "parameters": [size]}),
	])
}
