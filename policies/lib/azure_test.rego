package evident.lib.azure_test

import data.evident.lib.azure

res(type, name, config) := {"id": concat(".", [type, name]), "mode": "managed", "type": type, "name": name, "config": config}

unknown(expr) := {"__unknown__": expr, "refs": [expr]}

test_location_spellings_are_one_region if {
	azure.normalize_location("West Europe") == "westeurope"
	azure.normalize_location("WestEurope") == "westeurope"
	not azure.outside_allowed("West Europe") with data.settings.allowed_regions as ["westeurope"]
	azure.outside_allowed("East US") with data.settings.allowed_regions as ["westeurope"]
	not azure.outside_allowed("global") with data.settings.allowed_regions as ["westeurope"]
	not azure.outside_allowed("East US")
}

test_location_is_inherited_from_the_resource_group if {
	group := res("azurerm_resource_group", "rg", {"location": "North Europe"})
	account := res("azurerm_storage_account", "sa", {"location": unknown("azurerm_resource_group.rg.location")})
	azure.location_of(account) == {"name": "North Europe", "via": "azurerm_resource_group.rg"} with input.resources as [group, account]
	not azure.location_of(res("azurerm_storage_account", "x", {"location": unknown("var.location")})) with input.resources as [group]
}

test_targeted_by_follows_references_and_gives_computed_ones_the_benefit_of_the_doubt if {
	vault := res("azurerm_key_vault", "kv", {})
	azure.targeted_by("azurerm_monitor_diagnostic_setting", "target_resource_id", vault) with input.resources as [
		vault, res("azurerm_monitor_diagnostic_setting", "d", {"target_resource_id": unknown("azurerm_key_vault.kv.id")}),
	]
	not azure.targeted_by("azurerm_monitor_diagnostic_setting", "target_resource_id", vault) with input.resources as [
		vault, res("azurerm_monitor_diagnostic_setting", "d", {"target_resource_id": unknown("azurerm_key_vault.other.id")}),
	]
	azure.targeted_by("azurerm_monitor_diagnostic_setting", "target_resource_id", vault) with input.resources as [
		vault, res("azurerm_monitor_diagnostic_setting", "d", {"target_resource_id": unknown("each.value")}),
	]
	not azure.targeted_by("azurerm_monitor_diagnostic_setting", "target_resource_id", vault) with input.resources as [
		vault, res("azurerm_monitor_diagnostic_setting", "d", {"target_resource_id": unknown("data.azurerm_key_vault.shared.id")}),
	]
}

test_denies_by_default if {
	azure.denies_by_default({"default_action": "Deny"}, "Allow", "Allow")
	azure.denies_by_default({"default_action": unknown("var.action")}, "Allow", "Allow")
	not azure.denies_by_default({"default_action": "Allow"}, "Allow", "Deny")

	# Absent or null: the provider's default decides.
	not azure.denies_by_default({"ip_rules": ["203.0.113.10"]}, "Allow", "Allow")
	not azure.denies_by_default({"default_action": null}, "Allow", "Allow")
	azure.denies_by_default({}, "DefaultActionAllow", "DefaultActionDeny")
	azure.denies_by_default({"default_action": null}, "DefaultActionAllow", "DefaultActionDeny")
	not azure.denies_by_default({"default_action": "DefaultActionAllow"}, "DefaultActionAllow", "DefaultActionDeny")
}

test_filter_restricts if {
	azure.filter_restricts({"network_acls": [{"default_action": "Deny"}]}, "network_acls", "Allow", "Allow")
	not azure.filter_restricts({"network_acls": [{"default_action": "Allow"}]}, "network_acls", "Allow", "Allow")
	not azure.filter_restricts({"network_acls": [{"bypass": "AzureServices"}]}, "network_acls", "Allow", "Allow")
	azure.filter_restricts({"network_acls": [{"bypass": "AzureServices"}]}, "network_acls", "Allow", "Deny")

	# No block, an empty list, another block: nothing restricts.
	not azure.filter_restricts({}, "network_acls", "Allow", "Deny")
	not azure.filter_restricts({"network_acls": []}, "network_acls", "Allow", "Deny")
	not azure.filter_restricts({"network_rule_set": [{"default_action": "Deny"}]}, "network_acls", "Allow", "Deny")

	# Content not known statically: the benefit of the doubt.
	azure.filter_restricts({"dynamic": {"network_acls": [{"for_each": unknown("var.acls"), "content": [{}]}]}}, "network_acls", "Allow", "Allow")
	azure.filter_restricts({"network_acls": unknown("var.acls")}, "network_acls", "Allow", "Allow")
}

test_short_audit_retention if {
	endpoint := "https://audit.blob.core.windows.net/"
	azure.short_audit_retention({"storage_endpoint": endpoint, "retention_in_days": 30}) == 30
	azure.short_audit_retention({"storage_endpoint": endpoint, "retention_in_days": "89"}) == 89
	every settings in [
		{"storage_endpoint": endpoint, "retention_in_days": 90},
		{"storage_endpoint": endpoint, "retention_in_days": 0},
		{"storage_endpoint": endpoint},
		{"storage_endpoint": endpoint, "retention_in_days": {"__unknown__": "var.days", "refs": ["var.days"]}},
		{"log_monitoring_enabled": true, "retention_in_days": 7},
		{"storage_endpoint": "", "retention_in_days": 7},
	] {
		not azure.short_audit_retention(settings)
	}
}
