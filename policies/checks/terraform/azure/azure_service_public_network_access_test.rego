package evident.checks.terraform.azure_service_public_network_access_test

import data.evident.checks.terraform.azure_service_public_network_access as check
import data.evident.lib.tf_fixtures_test as tf

explicit(type, name, filter) := {
	"resource": concat(".", [type, name]),
	"path": ["config", "public_network_access_enabled"],
	"msg": concat("", [type, ".", name, " sets public_network_access_enabled = true", filter, ": it accepts connections from the internet"]),
}

by_default(type, name, filter) := {
	"resource": concat(".", [type, name]),
	"msg": concat("", [type, ".", name, " does not set public_network_access_enabled = false", filter, ": it accepts connections from the internet (public network access is on by default)"]),
}

sb_filter := " and no network_rule_set with default_action = \"Deny\" restricts it"

eg_filter := " and no inbound_ip_rule restricts it"

eh_filter := " and no network_rulesets with default_action = \"Deny\" restricts it"

acl_filter := " and no network_acls with default_action = \"Deny\" restricts it"

search_filter := " and no allowed_ips restrict it"

iot_filter := " and no network_rule_set restricts it"

test_every_boolean_type_set_public_is_reported if {
	check.deny == {
		explicit("azurerm_servicebus_namespace", "orders", sb_filter),
		explicit("azurerm_eventgrid_topic", "events", eg_filter),
		explicit("azurerm_eventgrid_domain", "events", eg_filter),
		explicit("azurerm_eventhub_namespace", "telemetry", eh_filter),
		explicit("azurerm_cognitive_account", "openai", acl_filter),
		explicit("azurerm_search_service", "records", search_filter),
		explicit("azurerm_redis_cache", "sessions", ""),
		explicit("azurerm_iothub", "devices", iot_filter),
		explicit("azurerm_synapse_workspace", "warehouse", ""),
		explicit("azurerm_healthcare_service", "fhir", ""),
		explicit("azurerm_machine_learning_workspace", "models", ""),
	} with input as tf.doc([
		tf.res("azurerm_servicebus_namespace", "orders", {"public_network_access_enabled": true}),
		tf.res("azurerm_eventgrid_topic", "events", {"public_network_access_enabled": true}),
		tf.res("azurerm_eventgrid_domain", "events", {"public_network_access_enabled": true}),
		tf.res("azurerm_eventhub_namespace", "telemetry", {"public_network_access_enabled": true}),
		tf.res("azurerm_cognitive_account", "openai", {"kind": "OpenAI", "public_network_access_enabled": true}),
		tf.res("azurerm_search_service", "records", {"public_network_access_enabled": true}),
		tf.res("azurerm_redis_cache", "sessions", {"public_network_access_enabled": true}),
		tf.res("azurerm_iothub", "devices", {"public_network_access_enabled": true}),
		tf.res("azurerm_synapse_workspace", "warehouse", {"public_network_access_enabled": true}),
		tf.res("azurerm_healthcare_service", "fhir", {"public_network_access_enabled": true}),
		tf.res("azurerm_machine_learning_workspace", "models", {"public_network_access_enabled": true}),
	])
}

test_left_out_or_null_is_reported_where_the_default_is_public if {
	check.deny == {
		by_default("azurerm_servicebus_namespace", "orders", sb_filter),
		by_default("azurerm_eventgrid_topic", "events", eg_filter),
		by_default("azurerm_eventgrid_domain", "events", eg_filter),
		by_default("azurerm_eventhub_namespace", "telemetry", eh_filter),
		by_default("azurerm_cognitive_account", "openai", acl_filter),
		by_default("azurerm_search_service", "records", search_filter),
		by_default("azurerm_redis_cache", "sessions", ""),
		by_default("azurerm_iothub", "devices", iot_filter),
		by_default("azurerm_synapse_workspace", "warehouse", ""),
		by_default("azurerm_healthcare_service", "fhir", ""),
	} with input as tf.doc([
		tf.res("azurerm_servicebus_namespace", "orders", {"sku": "Standard"}),
		tf.res("azurerm_eventgrid_topic", "events", {"name": "events"}),
		tf.res("azurerm_eventgrid_domain", "events", {"public_network_access_enabled": null}),
		tf.res("azurerm_eventhub_namespace", "telemetry", {"sku": "Standard"}),
		tf.res("azurerm_cognitive_account", "openai", {"kind": "OpenAI"}),
		tf.res("azurerm_search_service", "records", {"sku": "standard"}),
		tf.res("azurerm_redis_cache", "sessions", {"sku_name": "Standard"}),
		tf.res("azurerm_iothub", "devices", {"name": "devices"}),
		tf.res("azurerm_synapse_workspace", "warehouse", {"name": "warehouse"}),
		tf.res("azurerm_healthcare_service", "fhir", {"kind": "fhir-R4"}),
	])
}

# Public by default with provider 4.x, private by default with 3.x; the
# provider version is not known. App Configuration left out is "automatic".
test_left_out_is_silent_where_the_default_is_not_known if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("azurerm_machine_learning_workspace", "models", {"name": "models"}),
		tf.res("azurerm_machine_learning_workspace", "nulled", {"public_network_access_enabled": null}),
		tf.res("azurerm_app_configuration", "settings", {"sku": "standard"}),
	])
}

test_string_flags if {
	check.deny == {
		{
			"resource": "azurerm_ai_services.foundry",
			"path": ["config", "public_network_access"],
			"msg": concat("", ["azurerm_ai_services.foundry sets public_network_access = \"Enabled\"", acl_filter, ": it accepts connections from the internet"]),
		},
		{
			"resource": "azurerm_ai_services.defaulted",
			"msg": concat("", ["azurerm_ai_services.defaulted does not set public_network_access = \"Disabled\"", acl_filter, ": it accepts connections from the internet (public network access is on by default)"]),
		},
		{
			"resource": "azurerm_app_configuration.settings",
			"path": ["config", "public_network_access"],
			"msg": "azurerm_app_configuration.settings sets public_network_access = \"Enabled\": it accepts connections from the internet",
		},
	} with input as tf.doc([
		tf.res("azurerm_ai_services", "foundry", {"public_network_access": "Enabled"}),
		tf.res("azurerm_ai_services", "defaulted", {"sku_name": "S0"}),
		tf.res("azurerm_ai_services", "private", {"public_network_access": "Disabled"}),
		tf.res("azurerm_app_configuration", "settings", {"public_network_access": "enabled"}),
		tf.res("azurerm_app_configuration", "private", {"public_network_access": "Disabled"}),
		tf.res("azurerm_app_configuration", "automatic", {"sku": "standard"}),
	])
}

test_disabled_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("azurerm_servicebus_namespace", "off", {"public_network_access_enabled": false}),
		tf.res("azurerm_eventgrid_topic", "off", {"public_network_access_enabled": false}),
		tf.res("azurerm_eventhub_namespace", "var", {"public_network_access_enabled": tf.unknown("var.public")}),
		tf.res("azurerm_cognitive_account", "off", {"public_network_access_enabled": false}),
		tf.res("azurerm_search_service", "ref", {"public_network_access_enabled": tf.unknown("local.public")}),
		tf.res("azurerm_redis_cache", "off", {"public_network_access_enabled": false}),
		tf.res("azurerm_iothub", "off", {"public_network_access_enabled": false}),
		tf.res("azurerm_synapse_workspace", "off", {"public_network_access_enabled": false}),
		tf.res("azurerm_healthcare_service", "off", {"public_network_access_enabled": false}),
		tf.res("azurerm_machine_learning_workspace", "off", {"public_network_access_enabled": false}),
		tf.res("azurerm_ai_services", "var", {"public_network_access": tf.unknown("var.access")}),
		tf.res("azurerm_app_configuration", "var", {"public_network_access": tf.unknown("var.access")}),
	])
}

test_service_filters_that_deny_by_default_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("azurerm_servicebus_namespace", "inline", {"network_rule_set": [{"default_action": "Deny", "ip_rules": ["203.0.113.10"]}]}),
		tf.res("azurerm_servicebus_namespace", "ruleset_off", {"network_rule_set": [{"public_network_access_enabled": false}]}),
		tf.res("azurerm_servicebus_namespace", "ruleset_var", {"network_rule_set": [{"default_action": tf.unknown("var.action")}]}),
		tf.res("azurerm_eventgrid_topic", "ips", {"inbound_ip_rule": [{"ip_mask": "203.0.113.0/24"}]}),
		tf.res("azurerm_eventgrid_domain", "ips", {"public_network_access_enabled": true, "inbound_ip_rule": [{"ip_mask": "203.0.113.0/24", "action": "Allow"}]}),
		tf.res("azurerm_eventgrid_domain", "var", {"inbound_ip_rule": tf.unknown("var.rules")}),
		tf.res("azurerm_eventhub_namespace", "deny", {"network_rulesets": [{"default_action": "Deny", "ip_rule": [{"ip_mask": "203.0.113.10"}]}]}),
		tf.res("azurerm_eventhub_namespace", "var", {"network_rulesets": tf.unknown("var.rulesets")}),
		tf.res("azurerm_cognitive_account", "acl", {"custom_subdomain_name": "clinic-ai", "network_acls": [{"default_action": "Deny"}]}),
		tf.res("azurerm_ai_services", "acl", {"custom_subdomain_name": "clinic-ai", "network_acls": [{"default_action": "Deny"}]}),
		tf.res("azurerm_search_service", "ips", {"allowed_ips": ["203.0.113.10"]}),
		tf.res("azurerm_search_service", "var", {"allowed_ips": tf.unknown("var.ips")}),
		tf.res("azurerm_iothub", "rules", {"network_rule_set": [{"ip_rule": [{"name": "office", "ip_mask": "203.0.113.0/24"}]}]}),
		tf.res("azurerm_iothub", "deny", {"public_network_access_enabled": true, "network_rule_set": [{"default_action": "DefaultActionDeny"}]}),
		tf.res("azurerm_redis_cache", "injected", {"sku_name": "Premium", "subnet_id": tf.unknown("azurerm_subnet.cache.id")}),
	])
}

test_dynamic_filter_blocks_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("azurerm_servicebus_namespace", "dyn", {"dynamic": {"network_rule_set": true}}),
		tf.res("azurerm_eventgrid_topic", "dyn", {"dynamic": {"inbound_ip_rule": true}}),
		tf.res("azurerm_eventhub_namespace", "dyn", {"dynamic": {"network_rulesets": true}}),
		tf.res("azurerm_cognitive_account", "dyn", {"dynamic": {"network_acls": true}}),
		tf.res("azurerm_iothub", "dyn", {"dynamic": {"network_rule_set": true}}),
	])
}

test_filters_that_allow_by_default_are_reported if {
	check.deny == {
		by_default("azurerm_servicebus_namespace", "allow", sb_filter),
		by_default("azurerm_servicebus_namespace", "defaulted", sb_filter),
		by_default("azurerm_eventgrid_topic", "empty", eg_filter),
		by_default("azurerm_eventhub_namespace", "allow", eh_filter),
		explicit("azurerm_cognitive_account", "allow", acl_filter),
		by_default("azurerm_search_service", "world", search_filter),
		by_default("azurerm_search_service", "empty", search_filter),
		by_default("azurerm_iothub", "allow", iot_filter),
	} with input as tf.doc([
		tf.res("azurerm_servicebus_namespace", "allow", {"network_rule_set": [{"default_action": "Allow", "ip_rules": ["203.0.113.10"]}]}),
		tf.res("azurerm_servicebus_namespace", "defaulted", {"network_rule_set": [{"trusted_services_allowed": true}]}),
		tf.res("azurerm_eventgrid_topic", "empty", {"inbound_ip_rule": []}),
		tf.res("azurerm_eventhub_namespace", "allow", {"network_rulesets": [{"default_action": "Allow"}]}),
		tf.res("azurerm_cognitive_account", "allow", {"public_network_access_enabled": true, "network_acls": [{"default_action": "Allow", "ip_rules": ["203.0.113.10"]}]}),
		tf.res("azurerm_search_service", "world", {"allowed_ips": ["203.0.113.10", "0.0.0.0/0"]}),
		tf.res("azurerm_search_service", "empty", {"allowed_ips": []}),
		tf.res("azurerm_iothub", "allow", {"network_rule_set": [{"default_action": "DefaultActionAllow", "ip_rule": [{"name": "office", "ip_mask": "203.0.113.0/24"}]}]}),
	])
}

test_separate_servicebus_rule_set if {
	check.deny == {by_default("azurerm_servicebus_namespace", "allowed", sb_filter)} with input as tf.doc([
		tf.res("azurerm_servicebus_namespace", "denied", {"sku": "Premium"}),
		tf.res("azurerm_servicebus_namespace_network_rule_set", "denied", {
			"namespace_id": tf.unknown("azurerm_servicebus_namespace.denied.id"),
			"default_action": "Deny",
			"ip_rules": ["203.0.113.10"],
		}),
		tf.res("azurerm_servicebus_namespace", "allowed", {"sku": "Premium"}),
		tf.res("azurerm_servicebus_namespace_network_rule_set", "allowed", {
			"namespace_id": tf.unknown("azurerm_servicebus_namespace.allowed.id"),
			"ip_rules": ["203.0.113.10"],
		}),
	])
}

# A rule set whose namespace_id names no resource (each.value, a variable) may
# belong to any namespace: the benefit of the doubt.
test_servicebus_rule_set_for_an_unknown_namespace_gives_the_benefit_of_the_doubt if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("azurerm_servicebus_namespace", "orders", {"sku": "Premium"}),
		tf.res("azurerm_servicebus_namespace_network_rule_set", "all", {"namespace_id": tf.unknown("each.value"), "default_action": "Deny"}),
	])
}

# Firewall-rule resources do not exempt Redis or Synapse (as EVD-TF-106 for SQL servers).
test_firewall_rule_resources_do_not_exempt if {
	check.deny == {
		by_default("azurerm_redis_cache", "sessions", ""),
		by_default("azurerm_synapse_workspace", "warehouse", ""),
	} with input as tf.doc([
		tf.res("azurerm_redis_cache", "sessions", {"sku_name": "Standard"}),
		tf.res("azurerm_redis_firewall_rule", "office", {"redis_cache_name": tf.unknown("azurerm_redis_cache.sessions.name"), "start_ip": "203.0.113.1", "end_ip": "203.0.113.9"}),
		tf.res("azurerm_synapse_workspace", "warehouse", {"name": "warehouse"}),
		tf.res("azurerm_synapse_firewall_rule", "office", {"synapse_workspace_id": tf.unknown("azurerm_synapse_workspace.warehouse.id"), "start_ip_address": "203.0.113.1", "end_ip_address": "203.0.113.9"}),
	])
}

# Services with their own checks are left to them (beside a cache that is
# reported, so that the test fails if the check stops evaluating).
test_other_types_are_ignored if {
	check.deny == {explicit("azurerm_redis_cache", "sessions", "")} with input as tf.doc([
		tf.res("azurerm_redis_cache", "sessions", {"public_network_access_enabled": true}),
		tf.res("azurerm_cosmosdb_account", "db", {"public_network_access_enabled": true}),
		tf.res("azurerm_container_registry", "acr", {"public_network_access_enabled": true}),
		tf.res("azurerm_key_vault", "kv", {"public_network_access_enabled": true}),
		tf.res("azurerm_storage_account", "sa", {"public_network_access_enabled": true}),
		tf.res("azurerm_mssql_server", "sql", {"public_network_access_enabled": true}),
		tf.res("azurerm_data_factory", "adf", {"public_network_enabled": true}),
		tf.res("azurerm_linux_web_app", "portal", {"public_network_access_enabled": true}),
	])
}
