# METADATA
# title: Secured operation without 401/403 responses
# description: >-
#   An operation that requires authentication documents neither 401
#   (Unauthorized) nor 403 (Forbidden), nor a 4XX range. Clients and API
#   gateways are built from the specification: without these responses the
#   access-denied behaviour is untested and undocumented, and contract tests
#   cannot check that the operation refuses anonymous or unauthorised calls.
#   When the specification documents 401/403 on some operations, each
#   secured one left out is reported; when it documents them nowhere (common
#   in generated specifications), the gap is the whole API's and is reported
#   once, on the first secured operation, with how many share it.
# related_resources:
#   - ref: https://spec.openapis.org/oas/v3.1.0#responses-object
#   - ref: https://owasp.org/API-Security/editions/2023/en/0xa1-broken-object-level-authorization/
# custom:
#   id: EVD-API-006
#   severity: low
#   remediation: >-
#     Document `401` (missing or invalid credentials) and `403` (authenticated
#     but not allowed) on every secured operation, e.g. with shared
#     `components/responses` entries, and test them.
#   selector:
#     input: openapi
#     resources: [Operation]
#   controls:
#     hipaa: ["164.312(a)(1)"]
#     gdpr: ["Art.25(1)"]
#   rationale:
#     hipaa: Documented and tested refusals are the visible part of the access control the operation enforces on ePHI.
#     gdpr: Designing the refusal path in the contract is part of data protection by design.
package evident.checks.openapi.missing_auth_error_responses

import data.evident.lib.finding
import data.evident.lib.openapi

# uncovered: secured operations that document neither refusal.
uncovered := [op |
	some op in openapi.operations
	op.security.authenticated
	not documents_refusal(op)
]

documents_refusal(op) if openapi.documents_status(op, "401")

documents_refusal(op) if openapi.documents_status(op, "403")

documents_refusal_anywhere if {
	some op in openapi.operations
	documents_refusal(op)
}

deny contains f if {
	documents_refusal_anywhere
	some op in uncovered
	f := finding.of(op, message(op))
}

# Documented nowhere: one finding for the API, on its first secured operation.
deny contains f if {
	not documents_refusal_anywhere
	count(uncovered) > 0
	op := openapi.first_operation(uncovered)
	f := finding.of(op, api_message(op, count(uncovered)))
}

message(op) := finding.format("%s requires authentication but documents no 401 or 403 response", [op.id])

api_message(op, 1) := message(op)

api_message(op, n) := finding.format(
	"%s requires authentication but documents no 401 or 403 response, nor does any other operation: %d secured operations document no refusal",
	[op.id, n],
) if n > 1
