# METADATA
# title: Azure data service accepts connections from the public internet
# description: >-
#   A messaging, cache, search, AI, IoT, analytics or health-data service
#   keeps its public endpoint open: public_network_access_enabled = true, or
#   left out where the default is public, on azurerm_servicebus_namespace,
#   azurerm_eventgrid_topic, azurerm_eventgrid_domain,
#   azurerm_eventhub_namespace, azurerm_cognitive_account (including Azure
#   OpenAI accounts), azurerm_search_service, azurerm_redis_cache,
#   azurerm_iothub, azurerm_synapse_workspace, azurerm_healthcare_service
#   (Azure API for FHIR) and azurerm_machine_learning_workspace;
#   public_network_access = "Enabled", or left out, on azurerm_ai_services;
#   public_network_access = "Enabled" on azurerm_app_configuration. The
#   queues, events, cached sessions, search indexes, prompts, device telemetry
#   and records these services hold are then reachable from any address on the
#   internet, guarded only by keys or tokens. A private endpoint does not close
#   the public endpoint: only the flag does. Where the service has its own IP
#   or virtual-network filter that denies by default, the resource is not
#   reported, as Evident does for storage accounts (EVD-TF-103), Cosmos DB
#   (EVD-TF-116) and Key Vault (EVD-TF-113): a Service Bus network_rule_set
#   (inline, or an azurerm_servicebus_namespace_network_rule_set) with
#   default_action = "Deny" or public_network_access_enabled = false; an
#   Event Grid inbound_ip_rule (traffic from other addresses is rejected once
#   one rule exists); Event Hubs network_rulesets, or Cognitive Services / AI
#   Services network_acls, with default_action = "Deny"; a Search service
#   allowed_ips list that does not contain 0.0.0.0/0; an IoT Hub
#   network_rule_set whose default_action is not "DefaultActionAllow" (the
#   provider defaults it to "DefaultActionDeny"). A Redis cache injected into
#   a virtual network (subnet_id) has no public endpoint and is not reported.
#   Firewall-rule resources (azurerm_redis_firewall_rule,
#   azurerm_synapse_firewall_rule) do not exempt a Redis cache or a Synapse
#   workspace, as for the SQL servers of EVD-TF-106: the endpoint stays on the
#   internet behind rules that are easily widened, and a rule open to every
#   address is EVD-TF-107. Defaults relied on (the azurerm 3.x and 4.x
#   resource schemas): public_network_access_enabled defaults to true on every
#   boolean type but two: azurerm_iothub sends nothing when it is left out, and
#   IoT Hub then keeps its public endpoint (reported too), and the Machine
#   Learning workspace (below); azurerm_ai_services defaults
#   public_network_access to "Enabled". Left out, a Machine Learning
#   workspace is public with provider 4.x but was created with public access
#   disabled by 3.x, and an App Configuration store is in Azure's "automatic"
#   mode (public until a private endpoint is connected): the provider version
#   and the private endpoints of other modules are not known here, so for
#   these two only an explicit setting is reported. Cosmos DB, Container
#   Registry, Data Factory, Key Vault, storage and the SQL, PostgreSQL, MySQL
#   and MariaDB servers have their own checks. Not reported: false or
#   "Disabled", a value that is not known statically (a variable, a
#   reference), and a filter block that is dynamic or whose default_action is
#   not known.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/service-bus-messaging/service-bus-service-endpoints
#   - ref: https://learn.microsoft.com/azure/event-grid/configure-firewall
#   - ref: https://learn.microsoft.com/azure/event-hubs/event-hubs-ip-filtering
#   - ref: https://learn.microsoft.com/azure/ai-services/cognitive-services-virtual-networks
#   - ref: https://learn.microsoft.com/azure/search/service-configure-firewall
#   - ref: https://learn.microsoft.com/azure/azure-cache-for-redis/cache-network-isolation
#   - ref: https://learn.microsoft.com/azure/iot-hub/iot-hub-public-network-access
#   - ref: https://learn.microsoft.com/azure/synapse-analytics/security/connectivity-settings
#   - ref: https://learn.microsoft.com/azure/healthcare-apis/azure-api-for-fhir/configure-private-link
#   - ref: https://learn.microsoft.com/azure/machine-learning/how-to-configure-private-link
#   - ref: https://learn.microsoft.com/azure/azure-app-configuration/howto-disable-public-access
#   - ref: https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/machine_learning_workspace#public_network_access_enabled
# custom:
#   id: EVD-TF-213
#   severity: medium
#   remediation: >-
#     Set public_network_access_enabled = false (public_network_access =
#     "Disabled" on azurerm_ai_services and azurerm_app_configuration) and reach
#     the service through an azurerm_private_endpoint (a Redis cache may
#     instead be injected into a subnet). Where public access must stay on,
#     restrict it with the service's own filter: network_rule_set or
#     network_rulesets / network_acls with default_action = "Deny", Event Grid
#     inbound_ip_rule blocks, Search allowed_ips, an IoT Hub network_rule_set.
#   selector:
#     input: terraform
#     resources: [azurerm_servicebus_namespace, azurerm_servicebus_namespace_network_rule_set, azurerm_eventgrid_topic, azurerm_eventgrid_domain, azurerm_eventhub_namespace, azurerm_cognitive_account, azurerm_ai_services, azurerm_search_service, azurerm_redis_cache, azurerm_iothub, azurerm_synapse_workspace, azurerm_healthcare_service, azurerm_machine_learning_workspace, azurerm_app_configuration]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.312(e)(1)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: A service that holds or carries ePHI and answers the whole internet widens who can attempt access and exposes the data path; limiting network access is an access control and a transmission-security measure.
#     gdpr: Keeping services that hold or move personal data off the internet by default protects the confidentiality of the processing.
package evident.checks.terraform.azure_service_public_network_access

import data.evident.lib.azure
import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

# bool_flag_types: public access is the boolean public_network_access_enabled.
bool_flag_types := {
	"azurerm_servicebus_namespace", "azurerm_eventgrid_topic", "azurerm_eventgrid_domain",
	"azurerm_eventhub_namespace", "azurerm_cognitive_account", "azurerm_search_service",
	"azurerm_redis_cache", "azurerm_iothub", "azurerm_synapse_workspace",
	"azurerm_healthcare_service", "azurerm_machine_learning_workspace",
}

# string_flag_types: public access is public_network_access = "Enabled" / "Disabled".
string_flag_types := {"azurerm_ai_services", "azurerm_app_configuration"}

# explicit_only: left out, these are not known to be public (provider version,
# App Configuration's "automatic" mode): only an explicit setting is reported.
explicit_only := {"azurerm_machine_learning_workspace", "azurerm_app_configuration"}

# filter_text[type]: the filter whose absence the message names.
filter_text := {
	"azurerm_servicebus_namespace": " and no network_rule_set with default_action = \"Deny\" restricts it",
	"azurerm_eventgrid_topic": " and no inbound_ip_rule restricts it",
	"azurerm_eventgrid_domain": " and no inbound_ip_rule restricts it",
	"azurerm_eventhub_namespace": " and no network_rulesets with default_action = \"Deny\" restricts it",
	"azurerm_cognitive_account": " and no network_acls with default_action = \"Deny\" restricts it",
	"azurerm_ai_services": " and no network_acls with default_action = \"Deny\" restricts it",
	"azurerm_search_service": " and no allowed_ips restrict it",
	"azurerm_iothub": " and no network_rule_set restricts it",
}

filter_of(type) := text if text := filter_text[type]

else := ""

deny contains f if {
	some type in bool_flag_types
	some r in terraform.resources(type)
	r.config.public_network_access_enabled == true
	not restricted(type, r)
	f := finding.at(r, ["config", "public_network_access_enabled"], finding.format("%s sets public_network_access_enabled = true%s: it accepts connections from the internet", [r.id, filter_of(type)]))
}

deny contains f if {
	some type in bool_flag_types
	not type in explicit_only
	some r in terraform.resources(type)
	values.absent_or_null(r.config, "public_network_access_enabled")
	not restricted(type, r)
	f := finding.of(r, finding.format("%s does not set public_network_access_enabled = false%s: it accepts connections from the internet (public network access is on by default)", [r.id, filter_of(type)]))
}

deny contains f if {
	some type in string_flag_types
	some r in terraform.resources(type)
	is_string(r.config.public_network_access)
	lower(r.config.public_network_access) == "enabled"
	not restricted(type, r)
	f := finding.at(r, ["config", "public_network_access"], finding.format("%s sets public_network_access = \"Enabled\"%s: it accepts connections from the internet", [r.id, filter_of(type)]))
}

deny contains f if {
	some type in string_flag_types
	not type in explicit_only
	some r in terraform.resources(type)
	values.absent_or_null(r.config, "public_network_access")
	not restricted(type, r)
	f := finding.of(r, finding.format("%s does not set public_network_access = \"Disabled\"%s: it accepts connections from the internet (public network access is on by default)", [r.id, filter_of(type)]))
}

# restricted(type, r): the service's own network filter denies by default, or
# the resource has no public endpoint; a filter whose content is not known
# statically (dynamic block, unknown value) gets the benefit of the doubt
# (azure.filter_restricts).

# Service Bus: network_rule_set (default_action defaults to "Allow"), inline
# or a separate azurerm_servicebus_namespace_network_rule_set.
restricted("azurerm_servicebus_namespace", r) if {
	some rules in terraform.blocks(r.config, "network_rule_set")
	servicebus_denies(rules)
}

restricted("azurerm_servicebus_namespace", r) if azure.unknown_block(r.config, "network_rule_set")

restricted("azurerm_servicebus_namespace", r) if {
	some rules in terraform.attached("azurerm_servicebus_namespace_network_rule_set", "namespace_id", r)
	servicebus_denies(rules.config)
}

restricted("azurerm_servicebus_namespace", _) if azure.computed_reference("azurerm_servicebus_namespace_network_rule_set", "namespace_id")

# Event Grid: any inbound_ip_rule limits publishing to the listed addresses.
restricted(type, r) if {
	type in {"azurerm_eventgrid_topic", "azurerm_eventgrid_domain"}
	terraform.has_block(r.config, "inbound_ip_rule")
}

restricted(type, r) if {
	type in {"azurerm_eventgrid_topic", "azurerm_eventgrid_domain"}
	values.is_unknown(r.config.inbound_ip_rule)
}

# Event Hubs, Cognitive Services, AI Services: a rule set or ACL whose
# default_action (required by the provider) is not "Allow".
restricted(type, r) if {
	some block in denying_blocks[type]
	azure.filter_restricts(r.config, block, "Allow", "Deny")
}

denying_blocks := {
	"azurerm_eventhub_namespace": ["network_rulesets"],
	"azurerm_cognitive_account": ["network_acls"],
	"azurerm_ai_services": ["network_acls"],
}

# Search: an allowed_ips list blocks every other address, unless it lets in all of them.
restricted("azurerm_search_service", r) if {
	is_array(r.config.allowed_ips)
	count(r.config.allowed_ips) > 0
	not "0.0.0.0/0" in r.config.allowed_ips
}

restricted("azurerm_search_service", r) if values.is_unknown(r.config.allowed_ips)

# IoT Hub: a network_rule_set whose default_action is not "DefaultActionAllow"
# (the provider's default is "DefaultActionDeny").
restricted("azurerm_iothub", r) if azure.filter_restricts(r.config, "network_rule_set", "DefaultActionAllow", "DefaultActionDeny")

# Redis: a cache injected into a subnet has no public endpoint.
restricted("azurerm_redis_cache", r) if terraform.given(r.config, "subnet_id")

# servicebus_denies(rules): a Service Bus rule set that denies by default
# (default_action "Deny" or unknown; absent, it is "Allow"), or that turns
# public network access off.
servicebus_denies(rules) if azure.denies_by_default(rules, "Allow", "Allow")

servicebus_denies(rules) if rules.public_network_access_enabled == false
