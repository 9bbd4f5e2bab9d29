package evident.checks.terraform.azure_diagnostic_logs_missing_test

import data.evident.checks.terraform.azure_diagnostic_logs_missing as check

res(type, name, config) := {
	"id": concat(".", [type, name]), "mode": "managed", "type": type, "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": config,
}

unknown(expr) := {"__unknown__": expr, "refs": [expr]}

test_unlogged_resources_are_reported if {
	check.deny == {
		{"resource": "azurerm_key_vault.main", "msg": "azurerm_key_vault.main has no azurerm_monitor_diagnostic_setting that sends its resource logs: they are not collected"},
		{"resource": "azurerm_mssql_database.records", "msg": "azurerm_mssql_database.records has no azurerm_monitor_diagnostic_setting that sends its resource logs: they are not collected"},
	} with input as {"type": "terraform", "resources": [
		res("azurerm_key_vault", "main", {}),
		res("azurerm_key_vault", "logged", {}),
		res("azurerm_mssql_database", "records", {}),
		res("azurerm_monitor_diagnostic_setting", "kv", {"target_resource_id": unknown("azurerm_key_vault.logged.id"), "enabled_log": [{"category": "AuditEvent"}]}),
	]}
}

# Only metrics, or only disabled log categories: no resource logs are collected.
test_settings_without_logs_do_not_count if {
	check.deny == {
		{"resource": "azurerm_key_vault.metrics", "msg": "azurerm_key_vault.metrics has no azurerm_monitor_diagnostic_setting that sends its resource logs: they are not collected"},
		{"resource": "azurerm_mssql_database.off", "msg": "azurerm_mssql_database.off has no azurerm_monitor_diagnostic_setting that sends its resource logs: they are not collected"},
	} with input as {"type": "terraform", "resources": [
		res("azurerm_key_vault", "metrics", {}),
		res("azurerm_monitor_diagnostic_setting", "metrics", {"target_resource_id": unknown("azurerm_key_vault.metrics.id"), "metric": [{"category": "AllMetrics"}]}),
		res("azurerm_mssql_database", "off", {}),
		res("azurerm_monitor_diagnostic_setting", "off", {"target_resource_id": unknown("azurerm_mssql_database.off.id"), "log": [{"category": "SQLSecurityAuditEvents", "enabled": false}]}),
	]}
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		res("azurerm_key_vault", "legacy", {}),
		res("azurerm_monitor_diagnostic_setting", "legacy", {"target_resource_id": unknown("azurerm_key_vault.legacy.id"), "log": [{"category": "AuditEvent"}]}),
	]}
}

test_computed_targets_get_the_benefit_of_the_doubt if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		res("azurerm_key_vault", "main", {}),
		res("azurerm_monitor_diagnostic_setting", "all", {"target_resource_id": unknown("each.value")}),
	]}
}
