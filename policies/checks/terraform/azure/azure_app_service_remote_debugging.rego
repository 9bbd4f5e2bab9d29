# METADATA
# title: App Service or Function App has remote debugging turned on
# description: >-
#   A web app or function app (azurerm_linux_web_app, azurerm_windows_web_app,
#   the function apps, their deployment slots and the legacy azurerm_app_service
#   and azurerm_function_app) sets site_config.remote_debugging_enabled = true.
#   Remote debugging opens the Visual Studio debugger's ports on the app's
#   public endpoint; whoever attaches can read the memory of the running
#   process (the requests it is handling, the data it has loaded, its secrets)
#   and change what it does, and App Service leaves it on until it is turned
#   off. The default is off; a value from a variable is not judged.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/app-service/overview-security
#   - ref: https://learn.microsoft.com/visualstudio/debugger/remote-debugging-azure-app-service
# custom:
#   id: EVD-TF-304
#   severity: medium
#   remediation: >-
#     Remove remote_debugging_enabled (or set it to false) and debug a copy of
#     the app in a non-production slot with no real data.
#   selector:
#     input: terraform
#     resources: [azurerm_linux_web_app, azurerm_windows_web_app, azurerm_linux_function_app, azurerm_windows_function_app, azurerm_linux_web_app_slot, azurerm_windows_web_app_slot, azurerm_linux_function_app_slot, azurerm_windows_function_app_slot, azurerm_app_service, azurerm_function_app, azurerm_app_service_slot, azurerm_function_app_slot]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: A debugger attached to an app that processes ePHI reads and alters everything in it; leaving that door open defeats access control.
#     gdpr: An open debugging endpoint threatens the confidentiality and integrity of the personal data the app processes.
package evident.checks.terraform.azure_app_service_remote_debugging

import data.evident.lib.azure
import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some type in azure.app_service_types
	some app in terraform.resources(type)
	some i, site in terraform.blocks(app.config, "site_config")
	values.true_value(site.remote_debugging_enabled)
	f := finding.at(app, ["config", "site_config", i, "remote_debugging_enabled"], finding.format("%s has remote debugging turned on (remote_debugging_enabled = true)", [app.id]))
}
