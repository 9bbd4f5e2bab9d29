# METADATA
# title: API key sent in the query string
# description: >-
#   An `apiKey` security scheme is sent `in: query`. The key becomes part of
#   the URL: web server, proxy and load balancer access logs, browser history
#   and Referer headers record it, where anyone who reads them can reuse it.
# related_resources:
#   - ref: https://spec.openapis.org/oas/v3.1.0#security-scheme-object
#   - ref: https://cwe.mitre.org/data/definitions/598.html
# custom:
#   id: EVD-API-004
#   severity: medium
#   remediation: >-
#     Send the key in a header (`in: header`, e.g. `X-API-Key` or
#     `Authorization`), or move to OAuth2 / bearer tokens.
#   selector:
#     input: openapi
#     resources: [Api]
#   controls:
#     hipaa: ["164.312(d)", "164.312(e)(1)"]
#     gdpr: ["Art.32(1)(b)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: A credential in the URL is copied to logs outside the transmission security of the request and can be replayed to authenticate as its owner.
#     gdpr: A leaked key gives access to the personal data behind the API, against integrity and confidentiality.
package evident.checks.openapi.api_key_in_query

import data.evident.lib.finding
import data.evident.lib.openapi

deny contains f if {
	some api in openapi.apis
	some i, scheme in api.securitySchemes
	scheme.type == "apiKey"
	scheme["in"] == "query"
	f := finding.at(
		api,
		["securitySchemes", i],
		finding.format("security scheme \"%s\" of %s sends the API key in the query string (parameter \"%s\")", [scheme.name, api.id, object.get(scheme, "parameterName", "")]),
	)
}
