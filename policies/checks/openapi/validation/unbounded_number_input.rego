# METADATA
# title: Numeric input without a maximum
# description: >-
#   An integer or number parameter or writable request body property declares
#   no maximum (nor an enum). Page sizes, counts and amounts without an upper
#   bound let one request ask for every record at once or overflow what the
#   service can handle. A property of a schema that several operations
#   share is reported once, on the first of them.
# related_resources:
#   - ref: https://owasp.org/API-Security/editions/2023/en/0xa4-unrestricted-resource-consumption/
#   - ref: https://cheatsheetseries.owasp.org/cheatsheets/Input_Validation_Cheat_Sheet.html
# custom:
#   id: EVD-API-011
#   severity: low
#   remediation: >-
#     Declare `maximum` (and `minimum`) on numeric inputs, e.g. `limit` with
#     `maximum: 100`, and validate requests against the specification.
#   selector:
#     input: openapi
#     resources: [Operation]
#   controls:
#     hipaa: ["164.312(c)(1)"]
#     gdpr: ["Art.32(1)(b)", "Art.5(1)(c)"]
#   rationale:
#     hipaa: Bounded inputs protect ePHI from improper alteration and bulk extraction through malformed requests.
#     gdpr: Unbounded page sizes return more personal data than a request needs, against data minimisation and the resilience of processing.
package evident.checks.openapi.unbounded_number_input

import data.evident.lib.finding
import data.evident.lib.openapi

deny contains f if {
	some op in openapi.operations
	some input_field in openapi.inputs(op)
	field := input_field.field
	field.type in {"integer", "number"}
	field.maximum == null
	not field.enum
	openapi.first_field_use(op, field)
	f := finding.at(op, input_field.path, finding.format("%s accepts %s %s without a maximum", [op.id, field.type, openapi.input_label(input_field)]))
}
