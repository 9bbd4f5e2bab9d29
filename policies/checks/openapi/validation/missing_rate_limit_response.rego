# METADATA
# title: Operation on personal data or sign-in without a 429 response
# description: >-
#   An operation that handles personal data, or an authentication step
#   (/login, /token), documents no 429 (Too Many Requests) response nor a
#   4XX range. Without a documented rate limit, enumeration of records and
#   password guessing go unchecked, and clients are not built to back off.
#   When the specification documents 429 on some operations, each one left
#   out is reported (an inconsistent gap); when it documents 429 nowhere, the
#   gap is one of the whole API and is reported once, on the first such
#   operation, with how many share it. Steps nobody guesses (/logout, OAuth
#   callbacks, JWKS and discovery documents) are not reported.
# related_resources:
#   - ref: https://owasp.org/API-Security/editions/2023/en/0xa4-unrestricted-resource-consumption/
#   - ref: https://datatracker.ietf.org/doc/html/rfc6585#section-4
# custom:
#   id: EVD-API-013
#   severity: low
#   remediation: >-
#     Rate-limit the operation (API gateway or middleware) and document it: a
#     `429` response with `Retry-After`, e.g. a shared
#     `components/responses/TooManyRequests`.
#   selector:
#     input: openapi
#     resources: [Operation]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(5)(ii)(C)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: Limiting attempts protects access to ePHI from guessing and supports log-in monitoring.
#     gdpr: Rate limits keep processing systems resilient and slow the bulk extraction of personal data.
package evident.checks.openapi.missing_rate_limit_response

import data.evident.lib.finding
import data.evident.lib.openapi

# Authentication steps that take a guessable secret (password, code, token,
# e-mail address): the targets of credential stuffing and enumeration.
guessable_auth_segments := openapi.auth_segments - {"logout", "callback", "jwks", "jwks.json", ".well-known", "openid-configuration"}

# uncovered: the operations that need a rate limit and document no 429.
uncovered := [op |
	some op in openapi.operations
	needs_rate_limit(op)
	not openapi.documents_status(op, "429")
]

deny contains f if {
	openapi.documents_status_anywhere("429")
	some op in uncovered
	f := finding.of(op, message(op))
}

# Documented nowhere: one finding for the API, on its first uncovered operation.
deny contains f if {
	not openapi.documents_status_anywhere("429")
	count(uncovered) > 0
	op := openapi.first_operation(uncovered)
	f := finding.of(op, api_message(op, count(uncovered)))
}

message(op) := finding.format("%s %s but documents no 429 (rate limit) response", [op.id, reason(op)])

api_message(op, 1) := message(op)

api_message(op, n) := finding.format(
	"%s %s but documents no 429 (rate limit) response, nor does any other operation: %d operations on personal data or sign-in have no documented rate limit",
	[op.id, reason(op), n],
) if n > 1

# needs_rate_limit(op): an authentication step, or an operation on personal data.
# Tested without building reason(op)'s text (sprintf is a costly host call in wasm).
needs_rate_limit(op) if auth_step(op)

needs_rate_limit(op) if count(op.dataCategories) > 0

auth_step(op) if {
	segments := openapi.literal_segments(op)
	count(segments) > 0
	segments[count(segments) - 1] in guessable_auth_segments
}

reason(op) := "is an authentication step" if {
	auth_step(op)
} else := finding.format("handles %s", [openapi.describe_categories(op.dataCategories)]) if {
	count(op.dataCategories) > 0
}
