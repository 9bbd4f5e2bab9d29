# METADATA
# title: OAuth2 implicit or password flow
# description: >-
#   An `oauth2` security scheme offers the implicit flow (the access token is
#   returned in the redirect URL, exposed to the browser, its history and
#   injection) or the resource owner password credentials flow (the client
#   handles the user's password). The OAuth 2.0 Security Best Current
#   Practice (RFC 9700) says both must not be used.
# related_resources:
#   - ref: https://datatracker.ietf.org/doc/html/rfc9700#section-2.1.2
#   - ref: https://datatracker.ietf.org/doc/html/rfc9700#section-2.4
# custom:
#   id: EVD-API-005
#   severity: medium
#   remediation: >-
#     Use the authorization code flow with PKCE for user-facing clients and
#     the client credentials flow for services; remove the `implicit` and
#     `password` flows (Swagger 2.0 `flow: implicit` / `password`).
#   selector:
#     input: openapi
#     resources: [Api]
#   controls:
#     hipaa: ["164.312(d)", "164.312(e)(1)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: Tokens in redirect URLs and passwords handed to clients weaken person or entity authentication and expose credentials in transit.
#     gdpr: Deprecated flows leak tokens or passwords that give access to personal data, against the security of processing.
package evident.checks.openapi.deprecated_oauth_flow

import data.evident.lib.finding
import data.evident.lib.openapi

deprecated_flows := {"implicit": "implicit", "password": "resource owner password"}

deny contains f if {
	some api in openapi.apis
	some i, scheme in api.securitySchemes
	scheme.type == "oauth2"
	some flow in scheme.flows
	label := deprecated_flows[flow]
	f := finding.at(
		api,
		["securitySchemes", i],
		finding.format("security scheme \"%s\" of %s uses the OAuth2 %s flow, which the OAuth 2.0 Security Best Current Practice forbids", [scheme.name, api.id, label]),
	)
}
