package evident.checks.terraform.azure_flow_log_retention_short_test

import data.evident.checks.terraform.azure_flow_log_retention_short as check

res(name, config) := {
	"id": concat(".", ["azurerm_network_watcher_flow_log", name]), "mode": "managed", "type": "azurerm_network_watcher_flow_log", "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": config,
}

unknown(expr) := {"__unknown__": expr, "refs": [expr]}

test_short_retention_is_reported if {
	check.deny == {
		{
			"resource": "azurerm_network_watcher_flow_log.week",
			"path": ["config", "retention_policy", 0, "days"],
			"msg": "azurerm_network_watcher_flow_log.week keeps flow log records for 7 days (fewer than 90)",
		},
		{
			"resource": "azurerm_network_watcher_flow_log.almost",
			"path": ["config", "retention_policy", 0, "days"],
			"msg": "azurerm_network_watcher_flow_log.almost keeps flow log records for 89 days (fewer than 90)",
		},
		{
			"resource": "azurerm_network_watcher_flow_log.no_switch",
			"path": ["config", "retention_policy", 0, "days"],
			"msg": "azurerm_network_watcher_flow_log.no_switch keeps flow log records for 60 days (fewer than 90)",
		},
		{
			"resource": "azurerm_network_watcher_flow_log.unknown_switch",
			"path": ["config", "retention_policy", 0, "days"],
			"msg": "azurerm_network_watcher_flow_log.unknown_switch keeps flow log records for 30 days (fewer than 90)",
		},
	} with input as {"type": "terraform", "resources": [
		res("week", {"enabled": true, "retention_policy": [{"enabled": true, "days": 7}]}),
		res("almost", {"enabled": true, "retention_policy": [{"enabled": true, "days": 89}]}),
		# whether the flow log is on is unknown: the retention it asks for is known to be short
		res("no_switch", {"retention_policy": [{"enabled": true, "days": 60}]}),
		res("unknown_switch", {"enabled": unknown("var.flow_logs"), "retention_policy": [{"enabled": true, "days": 30}]}),
	]}
}

test_disabled_flow_log_is_reported_once if {
	check.deny == {{
		"resource": "azurerm_network_watcher_flow_log.off",
		"path": ["config", "enabled"],
		"msg": "azurerm_network_watcher_flow_log.off is disabled (enabled = false): it records no network traffic",
	}} with input as {"type": "terraform", "resources": [res("off", {"enabled": false, "retention_policy": [{"enabled": true, "days": 7}]})]}
}

test_long_unlimited_unknown_and_disabled_retention_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		res("ninety", {"enabled": true, "retention_policy": [{"enabled": true, "days": 90}]}),
		res("year", {"enabled": true, "retention_policy": [{"enabled": true, "days": 365}]}),
		res("forever", {"enabled": true, "retention_policy": [{"enabled": true, "days": 0}]}),
		# no retention policy: Azure deletes nothing
		res("no_policy", {"enabled": true, "retention_policy": [{"enabled": false, "days": 7}]}),
		res("unknown_days", {"enabled": true, "retention_policy": [{"enabled": true, "days": unknown("var.days")}]}),
		res("unknown_policy_switch", {"enabled": true, "retention_policy": [{"enabled": unknown("var.retain"), "days": 7}]}),
		res("dynamic", {"enabled": true, "dynamic": {"retention_policy": [{"content": [{"enabled": true, "days": 7}]}]}}),
		res("unknown_enabled", {"enabled": unknown("var.on"), "retention_policy": [{"enabled": true, "days": 90}]}),
	]}
}

# A block written as an object (Terraform 0.11, or a plan) is located at [retention_policy].
test_block_written_as_an_object if {
	check.deny == {{
		"resource": "azurerm_network_watcher_flow_log.object",
		"path": ["config", "retention_policy", "days"],
		"msg": "azurerm_network_watcher_flow_log.object keeps flow log records for 14 days (fewer than 90)",
	}} with input as {"type": "terraform", "resources": [res("object", {"enabled": true, "retention_policy": {"enabled": true, "days": 14}})]}
}

test_quoted_days_are_read_as_numbers if {
	check.deny == {{
		"resource": "azurerm_network_watcher_flow_log.quoted",
		"path": ["config", "retention_policy", 0, "days"],
		"msg": "azurerm_network_watcher_flow_log.quoted keeps flow log records for 7 days (fewer than 90)",
	}} with input as {"type": "terraform", "resources": [
		res("quoted", {"enabled": true, "retention_policy": [{"enabled": "true", "days": "7"}]}),
		res("quoted_long", {"enabled": true, "retention_policy": [{"enabled": true, "days": "90"}]}),
		res("quoted_forever", {"enabled": true, "retention_policy": [{"enabled": true, "days": "0"}]}),
	]}
}
