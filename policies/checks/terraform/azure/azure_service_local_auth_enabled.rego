# METADATA
# title: Azure messaging, search or AI service accepts shared access keys
# description: >-
#   An azurerm_servicebus_namespace, azurerm_eventgrid_topic,
#   azurerm_eventgrid_domain or azurerm_cognitive_account that sets
#   local_auth_enabled = true or leaves it out, or an azurerm_eventhub_namespace
#   or azurerm_search_service that does so with local_authentication_enabled
#   (every one defaults to true). Clients can then authenticate with the
#   service's shared access keys or SAS tokens instead of Entra ID: a key sends
#   and reads every message, event, index or AI request of the service, never
#   expires until it is rotated, bypasses MFA, conditional access and
#   per-identity role assignments, and the logs record only that a key was
#   used, not who used it. The twin of EVD-TF-214 for storage accounts; low
#   for the same reasons. Not reported: false, or a value not known
#   statically.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/service-bus-messaging/disable-local-authentication
#   - ref: https://learn.microsoft.com/azure/event-hubs/authenticate-shared-access-signature#disabling-localsas-key-authentication
#   - ref: https://learn.microsoft.com/azure/ai-services/disable-local-auth
#   - ref: https://learn.microsoft.com/azure/search/search-security-enable-roles
# custom:
#   id: EVD-TF-296
#   severity: low
#   remediation: >-
#     Set local_auth_enabled = false (local_authentication_enabled = false for
#     Event Hubs namespaces and Search services) and grant the applications'
#     managed identities the service's data roles (Azure Service Bus Data
#     Sender/Receiver, Event Hubs Data Sender/Receiver, EventGrid Data Sender,
#     Cognitive Services User, Search Index Data Reader).
#   selector:
#     input: terraform
#     resources: [azurerm_servicebus_namespace, azurerm_eventhub_namespace, azurerm_eventgrid_topic, azurerm_eventgrid_domain, azurerm_cognitive_account, azurerm_search_service]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.312(d)", "164.312(b)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: Shared keys grant access to ePHI without identifying who used them, defeating unique user identification, authentication and audit.
#     gdpr: Access to personal data through identities that can be attributed, revoked and reviewed is part of the ongoing confidentiality of processing systems.
package evident.checks.terraform.azure_service_local_auth_enabled

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

# The setting that allows shared access keys, per resource type.
local_auth_settings := {
	"azurerm_servicebus_namespace": "local_auth_enabled",
	"azurerm_eventgrid_topic": "local_auth_enabled",
	"azurerm_eventgrid_domain": "local_auth_enabled",
	"azurerm_cognitive_account": "local_auth_enabled",
	"azurerm_eventhub_namespace": "local_authentication_enabled",
	"azurerm_search_service": "local_authentication_enabled",
}

deny contains f if {
	some type, attr in local_auth_settings
	some service in terraform.resources(type)
	values.absent_or_null(service.config, attr)
	f := finding.of(service, finding.format("%s does not set %s = false: its shared access keys and SAS tokens reach its data outside Entra ID (local authentication is on by default)", [service.id, attr]))
}

deny contains f if {
	some type, attr in local_auth_settings
	some service in terraform.resources(type)
	values.true_value(service.config[attr])
	f := finding.at(service, ["config", attr], finding.format("%s sets %s = true: its shared access keys and SAS tokens reach its data outside Entra ID", [service.id, attr]))
}
