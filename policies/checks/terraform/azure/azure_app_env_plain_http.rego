# METADATA
# title: Azure app or container settings point at a remote host over plain HTTP
# description: >-
#   The settings of an Azure App Service or Function app (app_settings), or
#   the environment of a Container App's or container group's containers,
#   name a remote endpoint with an http:// URL (an API, a FHIR server, a
#   webhook, an identity provider). Requests, their tokens and the data they
#   carry travel unencrypted and can be read or altered on the way. The same
#   reading as every other environment (EVD-ENV-003, EVD-DC-008, EVD-K8S-035,
#   EVD-TF-267): URLs to local or private hosts are not reported, nor are
#   values Terraform does not know.
# related_resources:
#   - ref: https://learn.microsoft.com/en-us/azure/app-service/configure-common
# custom:
#   id: EVD-TF-269
#   severity: low
#   remediation: Use the https:// endpoint of the service.
#   selector:
#     input: terraform
#     resources: [azurerm_linux_web_app, azurerm_windows_web_app, azurerm_linux_function_app, azurerm_windows_function_app, azurerm_app_service, azurerm_function_app, azurerm_container_app, azurerm_container_group]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: Transmission security calls for encryption of ePHI sent over networks.
#     gdpr: Encryption in transit is a named measure for the security of processing.
package evident.checks.terraform.azure_app_env_plain_http

import data.evident.lib.azure
import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.transport

deny contains f if {
	some r in terraform.resources_of(azure.app_types)
	some v in azure.app_variables(r)
	msg := transport.plain_http_message(r.id, v.name, v.value)
	f := finding.at(r, v.path, msg)
}
