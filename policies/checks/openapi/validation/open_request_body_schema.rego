# METADATA
# title: Request body accepts undeclared properties
# description: >-
#   The request body of a POST, PUT or PATCH operation is an object with
#   declared properties whose `additionalProperties` is not `false` (absent or
#   `true`; OpenAPI 3.1 `unevaluatedProperties: false` also closes it). A
#   client can send fields the contract does not name (`role`, `isAdmin`,
#   `ownerId`) and a framework that binds the body to a model stores them:
#   mass assignment. Typed maps (`additionalProperties: {schema}`) are
#   deliberate and not reported. A schema that several operations share
#   is reported once, on the first of them.
# related_resources:
#   - ref: https://owasp.org/API-Security/editions/2023/en/0xa3-broken-object-property-level-authorization/
#   - ref: https://cheatsheetseries.owasp.org/cheatsheets/Mass_Assignment_Cheat_Sheet.html
# custom:
#   id: EVD-API-012
#   severity: medium
#   remediation: >-
#     Set `additionalProperties: false` on request body objects (OpenAPI 3.1
#     with allOf: `unevaluatedProperties: false`) and reject unknown fields in
#     the request validator.
#   selector:
#     input: openapi
#     resources: [Operation]
#   controls:
#     hipaa: ["164.312(c)(1)", "164.312(a)(1)"]
#     gdpr: ["Art.25(1)", "Art.32(1)(b)"]
#   rationale:
#     hipaa: Undeclared fields bound to records let clients alter ePHI and access attributes they must not control.
#     gdpr: A closed contract is part of data protection by design and of the integrity of processing.
package evident.checks.openapi.open_request_body_schema

import data.evident.lib.finding
import data.evident.lib.openapi

deny contains f if {
	some op in openapi.operations
	op.method in openapi.body_write_methods
	some i, object in openapi.body_objects(op)
	object.hasProperties
	object.additionalProperties in {"absent", "allowed"}
	openapi.first_object_use(op, object)
	f := finding.at(
		op,
		["requestBody", "schema", "objects", i],
		finding.format("request body of %s accepts undeclared properties in %s (additionalProperties is not false)", [op.id, object_label(object.path)]),
	)
}

object_label(path) := "the root object" if path == ""

object_label(path) := finding.format("object \"%s\"", [path]) if path != ""
