# METADATA
# title: Azure App Service allows TLS below 1.2 or plain FTP
# description: >-
#   A web or function app's site_config sets minimum_tls_version (legacy
#   min_tls_version) to "1.0" or "1.1", or ftps_state to "AllAllowed". The first
#   lets clients negotiate deprecated TLS versions; the second accepts plain FTP
#   deployments, whose credentials and uploaded content (application code,
#   configuration, sometimes data) travel in clear text.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/app-service/overview-tls
#   - ref: https://learn.microsoft.com/azure/app-service/deploy-ftp#enforce-ftps
# custom:
#   id: EVD-TF-122
#   severity: medium
#   remediation: >-
#     Set site_config { minimum_tls_version = "1.2" ftps_state = "Disabled" }
#     (or "FtpsOnly" if FTP deployment is still needed).
#   selector:
#     input: terraform
#     resources: [azurerm_linux_web_app, azurerm_windows_web_app, azurerm_linux_function_app, azurerm_windows_function_app, azurerm_linux_web_app_slot, azurerm_windows_web_app_slot, azurerm_linux_function_app_slot, azurerm_windows_function_app_slot, azurerm_app_service, azurerm_function_app, azurerm_app_service_slot, azurerm_function_app_slot]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)", "164.312(d)"]
#     gdpr: ["Art.32(1)(a)", "Art.32(1)(b)"]
#   rationale:
#     hipaa: Deprecated TLS weakens transmission security for ePHI, and plain FTP exposes deployment credentials used to authenticate to the system.
#     gdpr: State-of-the-art encryption in transit and protected deployment credentials keep processing systems confidential.
package evident.checks.terraform.azure_app_service_legacy_protocols

import data.evident.lib.azure
import data.evident.lib.finding
import data.evident.lib.terraform

deny contains f if {
	some type in azure.app_service_types
	some app in terraform.resources(type)
	some i, site in terraform.blocks(app.config, "site_config")
	some attr in ["minimum_tls_version", "min_tls_version"]
	azure.legacy_tls_version(site[attr])
	f := finding.at(app, ["config", "site_config", i, attr], finding.format("%s allows TLS %s (%s below 1.2)", [app.id, azure.version_text(site[attr]), attr]))
}

deny contains f if {
	some type in azure.app_service_types
	some app in terraform.resources(type)
	some i, site in terraform.blocks(app.config, "site_config")
	site.ftps_state == "AllAllowed"
	f := finding.at(app, ["config", "site_config", i, "ftps_state"], finding.format("%s accepts plain FTP deployments (ftps_state = \"AllAllowed\")", [app.id]))
}
