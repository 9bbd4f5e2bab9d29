# METADATA
# title: Azure Front Door route serves or forwards plain HTTP
# description: >-
#   An azurerm_cdn_frontdoor_route that accepts Http (supported_protocols) with
#   https_redirect_enabled = false, so that clients are served over plain HTTP
#   instead of being redirected, or whose forwarding_protocol is HttpOnly, so
#   that Front Door reaches the origin over plain HTTP whatever the client used.
#   Either way the requests, cookies and responses with personal data cross a
#   network in clear text: the internet between client and edge, or between
#   the edge and the origin. The defaults are safe (the redirect is on, and
#   MatchRequest forwards HTTPS requests over HTTPS), so only explicit settings
#   are reported. Not reported: values from variables.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/frontdoor/front-door-route-matching
#   - ref: https://learn.microsoft.com/azure/frontdoor/end-to-end-tls
#   - ref: https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/cdn_frontdoor_route
# custom:
#   id: EVD-TF-297
#   severity: high
#   remediation: >-
#     Keep https_redirect_enabled = true (the default) wherever Http is
#     accepted, and set forwarding_protocol = "HttpsOnly" (or MatchRequest
#     with HTTPS-only clients) so that the leg to the origin is encrypted too.
#   selector:
#     input: terraform
#     resources: [azurerm_cdn_frontdoor_route]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: ePHI sent over the network must be protected against interception on every leg; plain HTTP is not.
#     gdpr: Encryption of personal data in transit is a measure Art. 32(1)(a) names.
package evident.checks.terraform.azure_front_door_plain_http

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some route in terraform.resources("azurerm_cdn_frontdoor_route")
	some protocol in route.config.supported_protocols
	values.lower_text(protocol) == "http"
	values.false_value(route.config.https_redirect_enabled)
	f := finding.at(route, ["config", "https_redirect_enabled"], finding.format("%s serves clients over plain HTTP (supported_protocols includes Http and https_redirect_enabled = false)", [route.id]))
}

deny contains f if {
	some route in terraform.resources("azurerm_cdn_frontdoor_route")
	values.lower_text(route.config.forwarding_protocol) == "httponly"
	f := finding.at(route, ["config", "forwarding_protocol"], finding.format("%s forwards requests to its origins over plain HTTP (forwarding_protocol = \"HttpOnly\")", [route.id]))
}
