# METADATA
# title: Azure (azurerm) helpers
# description: >-
#   Lookups over the Terraform module document for the azurerm provider:
#   resource locations (written "West Europe" or "westeurope", or inherited
#   from a resource group by reference), the allowed-regions setting, and
#   "is there a resource of type T that points at this one".
# custom:
#   library: true
package evident.lib.azure

import data.evident.lib.terraform
import data.evident.lib.transport
import data.evident.lib.values

# normalize_location(name): Azure accepts display names and programmatic names
# alike: "West Europe", "westeurope" and "WestEurope" are one region.
normalize_location(name) := lower(replace(name, " ", ""))

# allowed_regions: data.settings.allowed_regions, normalized; empty when unset.
allowed_regions := {normalize_location(r) |
	some r in data.settings.allowed_regions
	is_string(r)
}

# location_of(resource): {"name", "via"} of the region the resource is in:
# its literal `location`, or the literal location of the azurerm_resource_group
# its `location` refers to (via = that group's id, else ""). Undefined when
# unknown.
location_of(resource) := {"name": resource.config.location, "via": ""} if {
	values.truthy_string(resource.config.location)
} else := {"name": group.config.location, "via": group.id} if {
	some group in terraform.resources("azurerm_resource_group")
	values.refers_to(resource.config.location, group.id)
	values.truthy_string(group.config.location)
}

# residency_enforced: an allow-list is configured. Residency checks test it
# first, so that without one they cost nothing.
residency_enforced if count(allowed_regions) > 0

# outside_allowed(name): the location is a region, not in the allowed list
# (false when the setting is absent or empty). "global" is not a region.
outside_allowed(name) if {
	count(allowed_regions) > 0
	location := normalize_location(name)
	location != "global"
	not location in allowed_regions
}

# audit_minimum_retention_days: the shortest storage retention of SQL and Synapse audit records
# the auditing checks accept (EVD-TF-109, EVD-TF-228, EVD-TF-279), after the CIS Microsoft Azure
# Foundations benchmark.
audit_minimum_retention_days := 90

# short_audit_retention(settings): the retention_in_days of an extended auditing policy (a
# resource's config or an inline block) that writes to a storage account and deletes its records
# before audit_minimum_retention_days; 0 keeps them forever. Retention applies to the storage
# account only: a policy without storage_endpoint (records sent to Azure Monitor, which keeps them
# by its own retention) has none. Undefined otherwise, and for a retention not known here.
short_audit_retention(settings) := days if {
	terraform.given(settings, "storage_endpoint")
	days := terraform.number(settings.retention_in_days)
	days > 0
	days < audit_minimum_retention_days
}

# targeted_by(type, attr, target): some resource of `type` refers to `target` in `attr`
# (e.g. an azurerm_monitor_diagnostic_setting whose target_resource_id is the vault's id),
# or computes `attr` from something that names no resource (each.value, a
# variable, a module output) and so might: the benefit of the doubt.
targeted_by(type, attr, target) if count(terraform.attached(type, attr, target)) > 0

targeted_by(type, attr, _) if computed_reference(type, attr)

# logs_collected(target): an azurerm_monitor_diagnostic_setting that refers to
# `target` in target_resource_id sends some of its resource logs (an enabled_log
# block, or a log block that is not enabled = false; dynamic or unresolved blocks
# may: the benefit of the doubt), or some setting's target is computed (as
# targeted_by). A setting with only metric blocks, or whose log blocks are all
# disabled, collects no resource logs.
logs_collected(target) if {
	some setting in terraform.attached("azurerm_monitor_diagnostic_setting", "target_resource_id", target)
	sends_logs(setting.config)
}

logs_collected(_) if computed_reference("azurerm_monitor_diagnostic_setting", "target_resource_id")

sends_logs(cfg) if terraform.has_block(cfg, "enabled_log")

sends_logs(cfg) if unknown_block(cfg, "enabled_log")

sends_logs(cfg) if unknown_block(cfg, "log")

sends_logs(cfg) if {
	some log in terraform.blocks(cfg, "log")
	not log.enabled == false
}

# computed_reference(type, attr): some resource of `type` has an unknown `attr`
# that refers to no resource or data source.
computed_reference(type, attr) if {
	some r in terraform.resources(type)
	value := r.config[attr]
	values.is_unknown(value)
	not names_a_resource(value)
}

names_a_resource(value) if {
	some ref in values.refs(value)
	regex.match(`^(data\.)?[a-z0-9]+_[a-z0-9_]+\.`, ref)
}

# legacy_tls: spellings of TLS versions below 1.2 across azurerm resources.
legacy_tls := {"TLS1_0", "TLS1_1", "1.0", "1.1", "TLS1.0", "TLS1.1"}

# true_or_absent(cfg, key): cfg[key] is literally true, or missing/null (the
# attribute's default is true); never an unknown value.
true_or_absent(cfg, key) if not values.has_key(cfg, key)

true_or_absent(cfg, key) if cfg[key] == null

true_or_absent(cfg, key) if cfg[key] == true

# legacy_tls_version(v): a minimum_tls_version below 1.2, written as a string
# ("1.0", "1.1") or as a number (1.1 without quotes: Terraform converts it to
# the string the provider reads, and 1.0 is the number 1).
legacy_tls_version(v) if v in {"1.0", "1.1"}

legacy_tls_version(v) if {
	is_number(v)
	v < 1.2
}

# version_text(v): a version for a message, whether written as a string or a number.
version_text(v) := v if is_string(v)

else := json.marshal(v)

# app_service_types: web and function apps (and their deployment slots), which share
# https_only and the site_config settings.
app_service_types := [
	"azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_linux_function_app", "azurerm_windows_function_app",
	"azurerm_linux_web_app_slot", "azurerm_windows_web_app_slot", "azurerm_linux_function_app_slot", "azurerm_windows_function_app_slot",
	"azurerm_app_service", "azurerm_function_app", "azurerm_app_service_slot", "azurerm_function_app_slot",
]

# allowed_regions_text: the allowed-regions setting as written, for messages.
allowed_regions_text := concat(", ", sort([r | some r in data.settings.allowed_regions; is_string(r)]))

# filter_restricts(cfg, name, allow, absent): the resource's own network
# filter, the `name` block (network_acls, network_rule_set,
# network_rulesets…), refuses by default the requests that no rule admits
# (denies_by_default), or cannot be read statically (unknown_block): the
# benefit of the doubt. `allow` is the default_action that admits every
# network ("Allow", or "DefaultActionAllow" on an IoT Hub); `absent` the
# provider's default for an absent or null default_action (where the
# provider requires the argument, pass any other value than `allow`: a block
# without it then restricts, as the benefit of the doubt).
filter_restricts(cfg, name, allow, absent) if {
	some rules in terraform.blocks(cfg, name)
	denies_by_default(rules, allow, absent)
}

filter_restricts(cfg, name, _, _) if unknown_block(cfg, name)

# denies_by_default(rules, allow, absent): a network filter block's
# default_action, or `absent` when it is absent or null, is not `allow`. An
# unknown default_action counts as denying (the benefit of the doubt).
denies_by_default(rules, allow, _) if {
	not values.absent_or_null(rules, "default_action")
	rules.default_action != allow
}

denies_by_default(rules, allow, absent) if {
	values.absent_or_null(rules, "default_action")
	absent != allow
}

# unknown_block(cfg, name): the content of the `name` blocks is not known
# statically: a `dynamic "name"` block, or the argument written as an
# unresolved expression (network_rulesets = var.rules, where the provider
# accepts the attribute syntax).
unknown_block(cfg, name) if terraform.dynamic(cfg, name)

unknown_block(cfg, name) if values.is_unknown(cfg[name])

# ------------------------------------------------------------ environments

# app_types: the resources whose settings are their programs' environment: App Service and
# Function apps (app_settings), Container Apps (template.container.env) and container groups
# (container.environment_variables).
app_types := {
	"azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_linux_function_app",
	"azurerm_windows_function_app", "azurerm_app_service", "azurerm_function_app",
	"azurerm_container_app", "azurerm_container_group",
}

# app_variables(r): transport.map_variables and list_variables of one resource of app_types.
app_variables(r) := transport.map_variables(object.get(r.config, "app_settings", null), ["config", "app_settings"]) if {
	r.type in app_settings_types
}

app_settings_types := app_types - {"azurerm_container_app", "azurerm_container_group"}

app_variables(r) := [v |
	some i, template in terraform.blocks(r.config, "template")
	some j, container in terraform.blocks(template, "container")
	some v in transport.list_variables(terraform.blocks(container, "env"), ["config", "template", i, "container", j, "env"], "name", "value")
] if r.type == "azurerm_container_app"

app_variables(r) := [v |
	some i, container in terraform.blocks(r.config, "container")
	some v in transport.map_variables(object.get(container, "environment_variables", null), ["config", "container", i, "environment_variables"])
] if r.type == "azurerm_container_group"
