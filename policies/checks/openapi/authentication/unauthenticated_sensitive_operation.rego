# METADATA
# title: Operation handling personal data without authentication
# description: >-
#   An operation whose path, parameters, request body or response carry
#   personal or health data (names the sensitive-data classifier recognises,
#   such as ssn, diagnosis, dateOfBirth, /patients) has no effective security
#   requirement: the operation says `security: []`, allows anonymous access
#   with an empty requirement `{}`, or neither it nor the specification
#   declares one. Anyone who can reach the API can read or change that data.
#   Authentication steps (/login, /oauth/token, /register, registration,
#   recovery and verification, and their variants such as Ory Kratos'
#   /self-service/login/api) and probes (/health, /status) are public by
#   design and not reported; nor is an operation that declares its caller's
#   credential as a header parameter (Authorization, a session Cookie,
#   X-Session-Token, an API key header) instead of a security scheme.
# related_resources:
#   - ref: https://spec.openapis.org/oas/v3.1.0#security-requirement-object
#   - ref: https://owasp.org/API-Security/editions/2023/en/0xa2-broken-authentication/
# custom:
#   id: EVD-API-001
#   severity: high
#   remediation: >-
#     Declare a security scheme (OAuth2 / OpenID Connect or bearer tokens) and
#     require it globally (`security:` at the top level) or on the operation;
#     remove `security: []` and empty `{}` requirements from operations that
#     handle personal data.
#   selector:
#     input: openapi
#     resources: [Operation]
#   controls:
#     hipaa: ["164.312(d)", "164.312(a)(1)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(1)"]
#   rationale:
#     hipaa: Access to ePHI requires verifying the identity of whoever seeks it (person or entity authentication) before access control can apply.
#     gdpr: Personal data reachable without authentication defeats the confidentiality of processing and data protection by design.
package evident.checks.openapi.unauthenticated_sensitive_operation

import data.evident.lib.finding
import data.evident.lib.openapi

deny contains f if {
	some op in openapi.operations
	reason := openapi.unauthenticated_reason(op)
	count(op.dataCategories) > 0
	not openapi.is_public(op)
	f := finding.at(
		op,
		openapi.unauthenticated_path(op),
		finding.format("%s handles %s without authentication: %s", [op.id, openapi.describe_categories(op.dataCategories), reason]),
	)
}
