# METADATA
# title: Azure App Service or Container App accepts plain HTTP
# description: >-
#   A web app or function app (azurerm_linux_web_app, azurerm_windows_web_app,
#   the function app and slot variants, or the legacy azurerm_app_service /
#   azurerm_function_app) does not set https_only = true. The default is false:
#   the app answers on http:// too, so log-ins, session cookies and the personal
#   data in requests and responses can cross the network unencrypted. An
#   azurerm_container_app whose ingress sets allow_insecure_connections = true
#   (the default is false: Container Apps redirect HTTP to HTTPS) answers on
#   http:// the same way.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/app-service/configure-ssl-bindings#enforce-https
# custom:
#   id: EVD-TF-121
#   severity: high
#   remediation: Set https_only = true (App Service then redirects HTTP to HTTPS) or remove allow_insecure_connections from a Container App's ingress, and add HSTS in the application.
#   selector:
#     input: terraform
#     resources: [azurerm_linux_web_app, azurerm_windows_web_app, azurerm_linux_function_app, azurerm_windows_function_app, azurerm_linux_web_app_slot, azurerm_windows_web_app_slot, azurerm_linux_function_app_slot, azurerm_windows_function_app_slot, azurerm_app_service, azurerm_function_app, azurerm_app_service_slot, azurerm_function_app_slot, azurerm_container_app]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: An application that serves ePHI over plain HTTP leaves it unprotected in transit.
#     gdpr: Encryption of personal data in transit is a measure Art. 32(1)(a) names.
package evident.checks.terraform.azure_app_service_https_only

import data.evident.lib.azure
import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some type in azure.app_service_types
	some app in terraform.resources(type)
	values.is_false_or_absent(app.config, "https_only")
	f := located(app)
}

located(app) := finding.at(app, ["config", "https_only"], finding.format("%s sets https_only = false: the app also serves plain HTTP", [app.id])) if {
	app.config.https_only == false
} else := finding.of(app, finding.format("%s does not set https_only = true: the app also serves plain HTTP", [app.id]))

deny contains f if {
	some app in terraform.resources("azurerm_container_app")
	some i, ingress in terraform.blocks(app.config, "ingress")
	values.true_value(ingress.allow_insecure_connections)
	f := finding.at(app, ["config", "ingress", i, "allow_insecure_connections"], finding.format("%s sets allow_insecure_connections = true: its ingress also serves plain HTTP", [app.id]))
}
