package evident.lib.openapi_test

import data.evident.lib.openapi
import data.evident.lib.openapi_fixtures_test as oa

test_authentication_steps_are_public_anywhere if {
	openapi.is_public(oa.op("POST", "/api/v2/auth/login", {}))
	openapi.is_public(oa.op("POST", "/oauth/token", {}))
	openapi.is_public(oa.op("POST", "/users/register", {}))
	openapi.is_public(oa.op("GET", "/.well-known/openid-configuration", {}))
}

# Ory Kratos' self-service flows: a step, then only segments that name a variant of it.
test_authentication_steps_and_their_variants_are_public if {
	every path in ["/self-service/login/api", "/self-service/registration/browser", "/self-service/recovery/flows", "/self-service/verification", "/self-service/logout/api", "/sessions/token-exchange", "/self-service/login/methods/password", "/self-service/recovery/methods/link"] {
		openapi.is_public(oa.op("GET", path, {}))
	}
	every path in ["/self-service/settings/api", "/registration/{id}/patients", "/recovery/codes/api", "/verify", "/verify/patients", "/users/{id}/password", "/self-service/browser/flows/registration/strategies/oidc/settings/connections"] {
		not openapi.is_public(oa.op("GET", path, {}))
	}
}

test_probes_are_public_only_as_a_whole_path if {
	openapi.is_public(oa.op("GET", "/health", {}))
	openapi.is_public(oa.op("GET", "/api/v1.2/status", {}))
	not openapi.is_public(oa.op("GET", "/patients/{id}/status", {}))
	not openapi.is_public(oa.op("GET", "/", {}))
	not openapi.is_public(oa.op("GET", "/{tenant}", {}))
	not openapi.is_public(oa.op("POST", "/login/{id}/notes", {}))
}

test_unauthenticated_reasons if {
	openapi.unauthenticated_reason(oa.op("GET", "/a", {"security": oa.explicit_none})) == "security: [] turns authentication off"
	openapi.unauthenticated_reason(oa.op("GET", "/a", {"security": oa.anonymous})) == "an empty security requirement ({}) allows anonymous access"
	openapi.unauthenticated_reason(oa.op("GET", "/a", {"security": oa.no_security})) == "no security requirement on the operation nor globally"
	not openapi.unauthenticated_reason(oa.op("GET", "/a", {}))
}

# A credential declared as a header parameter (Ory Kratos' X-Session-Token, a session Cookie, an
# Authorization header) authenticates the operation; other headers and a token in the query do not.
test_credential_headers_authenticate if {
	every name in ["X-Session-Token", "Cookie", "cookie", "Authorization", "X-API-Key", "Api_Key"] {
		not openapi.unauthenticated_reason(oa.op("GET", "/a", {"security": oa.no_security, "parameters": [oa.param(name, "header", "string", [])]}))
	}
	every p in [oa.param("X-Request-Id", "header", "string", []), oa.param("token", "query", "string", [])] {
		openapi.unauthenticated_reason(oa.op("GET", "/a", {"security": oa.no_security, "parameters": [p]})) == "no security requirement on the operation nor globally"
	}
}

test_documented_status_codes_and_ranges if {
	openapi.documents_status(oa.op("GET", "/a", {"responseCodes": ["200", "429"]}), "429")
	openapi.documents_status(oa.op("GET", "/a", {"responseCodes": ["200", "4XX"]}), "401")
	openapi.documents_status(oa.op("GET", "/a", {"responseCodes": ["200", "4xx"]}), "403")
	not openapi.documents_status(oa.op("GET", "/a", {"responseCodes": ["200", "default", "5XX"]}), "429")
}

test_inputs_skip_read_only_properties_and_unknown_bodies if {
	op := oa.op("POST", "/a", {
		"parameters": [oa.param("q", "query", "string", [])],
		"requestBody": oa.body(oa.schema(
			"object", [
				object.union(oa.prop("id", "string", []), {"readOnly": true}),
				oa.prop("name", "string", ["personal"]),
			],
			[],
		)),
	})
	[i.path | some i in openapi.inputs(op)] == [["parameters", 0], ["requestBody", "schema", "properties", 1]]
	count(openapi.inputs(oa.op("POST", "/a", {"requestBody": oa.unknown("x.yaml#/B")}))) == 0
}

test_findings_point_at_the_operations_own_security_only if {
	openapi.unauthenticated_path(oa.op("GET", "/a", {"security": oa.explicit_none})) == ["security"]
	openapi.unauthenticated_path(oa.op("GET", "/a", {"security": object.union(oa.anonymous, {"source": "global"})})) == []
	openapi.unauthenticated_path(oa.op("GET", "/a", {"security": oa.no_security})) == []
}

test_first_use_of_a_shared_declaration_is_the_earliest_operation if {
	limit := oa.shared(oa.param("limit", "query", "integer", []), "#/components/parameters/Limit")
	doc := oa.doc([
		oa.op("GET", "/b", {"startLine": 30, "parameters": [limit]}),
		oa.op("GET", "/a", {"startLine": 10, "parameters": [limit, oa.param("q", "query", "string", [])]}),
	])
	openapi.first_field_use(oa.op("GET", "/a", {}), limit) with input as doc
	not openapi.first_field_use(oa.op("GET", "/b", {}), limit) with input as doc
	openapi.first_field_use(oa.op("GET", "/a", {}), oa.param("q", "query", "string", [])) with input as doc
}

test_first_operation_is_the_one_written_first if {
	ops := [oa.op("GET", "/b", {"startLine": 30}), oa.op("POST", "/a", {"startLine": 7}), oa.op("GET", "/a", {"startLine": 7})]
	openapi.first_operation(ops).id == "GET /a"
	not openapi.first_operation([])
}

test_documents_status_anywhere if {
	openapi.documents_status_anywhere("429") with input as oa.doc([oa.op("GET", "/a", {"responseCodes": ["200"]}), oa.op("GET", "/b", {"responseCodes": ["4XX"]})])
	not openapi.documents_status_anywhere("429") with input as oa.doc([oa.op("GET", "/a", {"responseCodes": ["200", "5XX"]})])
}
