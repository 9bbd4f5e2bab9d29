# METADATA
# title: HTTP Basic authentication scheme
# description: >-
#   A security scheme is HTTP Basic authentication (OpenAPI 3 `type: http,
#   scheme: basic`; Swagger 2.0 `type: basic`). The client sends a reusable
#   user name and password, only base64-encoded, with every request: it
#   cannot be scoped, expire or be revoked without changing the password, and
#   it is exposed wherever a request is logged or intercepted.
# related_resources:
#   - ref: https://datatracker.ietf.org/doc/html/rfc7617#section-4
#   - ref: https://cheatsheetseries.owasp.org/cheatsheets/REST_Security_Cheat_Sheet.html
# custom:
#   id: EVD-API-003
#   severity: medium
#   remediation: >-
#     Use short-lived, scoped tokens instead: OAuth2 (authorization code or
#     client credentials) or OpenID Connect, declared as `oauth2` /
#     `openIdConnect` or `http` with `scheme: bearer`.
#   selector:
#     input: openapi
#     resources: [Api]
#   controls:
#     hipaa: ["164.312(d)", "164.312(a)(2)(iii)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: Reusable passwords on every request are a weak form of person or entity authentication, with no automatic expiry of sessions.
#     gdpr: Credentials that cannot be scoped or revoked weaken the confidentiality of the services that process personal data.
package evident.checks.openapi.basic_auth_scheme

import data.evident.lib.finding
import data.evident.lib.openapi

deny contains f if {
	some api in openapi.apis
	some i, scheme in api.securitySchemes
	scheme.type == "http"
	scheme.scheme == "basic"
	f := finding.at(
		api,
		["securitySchemes", i],
		finding.format("security scheme \"%s\" of %s is HTTP Basic authentication (a reusable password sent with every request)", [scheme.name, api.id]),
	)
}
