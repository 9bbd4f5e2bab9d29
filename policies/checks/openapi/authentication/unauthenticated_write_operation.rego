# METADATA
# title: Write operation without authentication
# description: >-
#   A POST, PUT, PATCH or DELETE operation has no effective security
#   requirement (`security: []`, an empty requirement `{}`, or none declared
#   at all). Anyone can create, change or delete records through it.
#   Operations that handle recognisable personal data are reported by
#   EVD-API-001 instead; authentication steps (/login, /oauth/token,
#   /register, registration, recovery and verification, and their variants
#   such as /self-service/registration/api) are public by design and not
#   reported, nor is an operation that declares its caller's credential as a
#   header parameter (Authorization, a session Cookie, X-Session-Token).
# related_resources:
#   - ref: https://spec.openapis.org/oas/v3.1.0#security-requirement-object
#   - ref: https://owasp.org/API-Security/editions/2023/en/0xa5-broken-function-level-authorization/
# custom:
#   id: EVD-API-002
#   severity: medium
#   remediation: >-
#     Require a security scheme on every operation that changes state, globally
#     (`security:` at the top level) or on the operation, and remove
#     `security: []` from it.
#   selector:
#     input: openapi
#     resources: [Operation]
#   controls:
#     hipaa: ["164.312(d)", "164.312(c)(1)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: Unauthenticated writes let anyone alter or destroy data, against entity authentication and the integrity of ePHI.
#     gdpr: Changes by unidentified parties break the integrity of processing systems and services.
package evident.checks.openapi.unauthenticated_write_operation

import data.evident.lib.finding
import data.evident.lib.openapi

deny contains f if {
	some op in openapi.operations
	openapi.is_write(op)
	reason := openapi.unauthenticated_reason(op)
	count(op.dataCategories) == 0
	not openapi.is_public(op)
	f := finding.at(op, openapi.unauthenticated_path(op), finding.format("%s changes data without authentication: %s", [op.id, reason]))
}
