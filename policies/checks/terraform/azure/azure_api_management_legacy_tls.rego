# METADATA
# title: Azure API Management accepts SSL 3.0, TLS 1.0/1.1 or 3DES
# description: >-
#   An azurerm_api_management turns on, in its security block, SSL 3.0, TLS 1.0
#   or TLS 1.1 on the frontend (between clients and the gateway) or the backend
#   (between the gateway and the APIs behind it), or the 3DES cipher
#   (TLS_RSA_WITH_3DES_EDE_CBC_SHA, open to Sweet32) — in the 3.x/4.x spelling
#   (frontend_tls10_enabled) or the older one (enable_frontend_tls10). Every API
#   call through the gateway, with its tokens and the records it returns, can
#   then be negotiated down to a protocol with known weaknesses. All of these
#   are off by default, so only an explicit true is reported.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/api-management/api-management-howto-manage-protocols-ciphers
#   - ref: https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/api_management#security
# custom:
#   id: EVD-TF-284
#   severity: medium
#   remediation: >-
#     Remove the setting (or set it to false) after checking that no client or
#     backend still needs it; TLS 1.2 is on for both sides by default.
#   selector:
#     input: terraform
#     resources: [azurerm_api_management]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: API traffic carries ePHI; deprecated protocols and ciphers weaken the encryption that transmission security relies on.
#     gdpr: State-of-the-art encryption in transit is what Art. 32(1)(a) expects; SSL 3.0, TLS below 1.2 and 3DES are not.
package evident.checks.terraform.azure_api_management_legacy_tls

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

# What each setting lets through, by its 3.x/4.x and its older name.
weakened := {
	"frontend_ssl30_enabled": "accepts SSL 3.0 from clients",
	"frontend_tls10_enabled": "accepts TLS 1.0 from clients",
	"frontend_tls11_enabled": "accepts TLS 1.1 from clients",
	"backend_ssl30_enabled": "may use SSL 3.0 to reach its backends",
	"backend_tls10_enabled": "may use TLS 1.0 to reach its backends",
	"backend_tls11_enabled": "may use TLS 1.1 to reach its backends",
	"triple_des_ciphers_enabled": "offers the 3DES cipher",
	"enable_frontend_ssl30": "accepts SSL 3.0 from clients",
	"enable_frontend_tls10": "accepts TLS 1.0 from clients",
	"enable_frontend_tls11": "accepts TLS 1.1 from clients",
	"enable_backend_ssl30": "may use SSL 3.0 to reach its backends",
	"enable_backend_tls10": "may use TLS 1.0 to reach its backends",
	"enable_backend_tls11": "may use TLS 1.1 to reach its backends",
	"enable_triple_des_ciphers": "offers the 3DES cipher",
}

deny contains f if {
	some gateway in terraform.resources("azurerm_api_management")
	some i, security in terraform.blocks(gateway.config, "security")
	some attr, what in weakened
	values.true_value(security[attr])
	f := finding.at(gateway, ["config", "security", i, attr], finding.format("%s %s (%s = true)", [gateway.id, what, attr]))
}
