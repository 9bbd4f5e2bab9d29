# METADATA
# title: Azure API Management reaches a backend over plain HTTP or without checking its certificate
# description: >-
#   An azurerm_api_management_backend whose url is an http:// address of a
#   remote host, or whose tls block sets validate_certificate_chain or
#   validate_certificate_name to false. Every call the gateway forwards, with
#   the caller's data and the credentials the gateway adds, then crosses the
#   network to the backend in clear text, or over TLS that anyone on the path
#   can intercept with a certificate of their own. Not reported: addresses of
#   hosts that are not remote (loopback, private ranges, names without a dot),
#   and values from variables.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/api-management/backends
#   - ref: https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/api_management_backend
# custom:
#   id: EVD-TF-291
#   severity: high
#   remediation: >-
#     Use an https:// url and leave certificate validation on (remove the tls
#     block's false values); for a backend with a private CA, upload the CA to
#     API Management instead of turning validation off.
#   selector:
#     input: terraform
#     resources: [azurerm_api_management_backend]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: API calls forwarded to a backend carry ePHI; transmission security requires protecting that leg too.
#     gdpr: Encryption of personal data in transit is a measure Art. 32(1)(a) names; unverified TLS does not provide it against an attacker on the path.
package evident.checks.terraform.azure_api_management_backend_insecure

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.transport
import data.evident.lib.values

deny contains f if {
	some backend in terraform.resources("azurerm_api_management_backend")
	host := transport.plain_http(backend.config.url)
	f := finding.at(backend, ["config", "url"], finding.format("%s forwards API calls to %s over plain HTTP", [backend.id, host]))
}

deny contains f if {
	some backend in terraform.resources("azurerm_api_management_backend")
	some i, tls in terraform.blocks(backend.config, "tls")
	some attr in ["validate_certificate_chain", "validate_certificate_name"]
	values.false_value(tls[attr])
	f := finding.at(backend, ["config", "tls", i, attr], finding.format("%s does not verify its backend's certificate (%s = false)", [backend.id, attr]))
}
