# METADATA
# title: String input without length, pattern, enum or format
# description: >-
#   A string parameter or writable request body property declares none of
#   maxLength, pattern, enum or format. Whatever a client sends reaches the
#   service: oversized payloads, control characters and injection strings
#   that a declared constraint would let the gateway or the generated
#   validator refuse before any code runs. A property of a schema that
#   several operations share is reported once, on the first of them.
# related_resources:
#   - ref: https://cheatsheetseries.owasp.org/cheatsheets/Input_Validation_Cheat_Sheet.html
#   - ref: https://owasp.org/API-Security/editions/2023/en/0xa4-unrestricted-resource-consumption/
# custom:
#   id: EVD-API-010
#   severity: low
#   remediation: >-
#     Declare `maxLength` (and a `pattern` or `format` where the value has a
#     shape: `uuid`, `date`, `email`), or an `enum` for closed sets, and
#     validate requests against the specification.
#   selector:
#     input: openapi
#     resources: [Operation]
#   controls:
#     hipaa: ["164.312(c)(1)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: Validating input at the interface protects ePHI from improper alteration by malformed or malicious requests.
#     gdpr: Input validation is part of the integrity and resilience of processing systems.
package evident.checks.openapi.unbounded_string_input

import data.evident.lib.finding
import data.evident.lib.openapi

deny contains f if {
	some op in openapi.operations
	some input_field in openapi.inputs(op)
	field := input_field.field
	field.type == "string"
	field.maxLength == null
	field.pattern == null
	field.format == null
	not field.enum
	openapi.first_field_use(op, field)
	f := finding.at(op, input_field.path, finding.format("%s accepts %s without maxLength, pattern, enum or format", [op.id, openapi.input_label(input_field)]))
}
