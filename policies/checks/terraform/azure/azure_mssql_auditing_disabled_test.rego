package evident.checks.terraform.azure_mssql_auditing_disabled_test

import data.evident.checks.terraform.azure_mssql_auditing_disabled as check

res(type, name, config) := {
	"id": concat(".", [type, name]), "mode": "managed", "type": type, "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": config,
}

unknown(expr) := {"__unknown__": expr, "refs": [expr]}

test_server_without_policy_is_reported if {
	check.deny == {{
		"resource": "azurerm_mssql_server.records",
		"msg": "azurerm_mssql_server.records has no auditing policy (no azurerm_mssql_server_extended_auditing_policy points at it)",
	}} with input as {"type": "terraform", "resources": [
		res("azurerm_mssql_server", "records", {}),
		res("azurerm_mssql_server_extended_auditing_policy", "other", {"server_id": unknown("azurerm_mssql_server.other.id")}),
	]}
}

test_short_retention_and_disabled_policy_are_reported if {
	check.deny == {
		{
			"resource": "azurerm_mssql_server_extended_auditing_policy.records",
			"path": ["config", "retention_in_days"],
			"msg": "azurerm_mssql_server_extended_auditing_policy.records keeps SQL audit records for 30 days (fewer than 90)",
		},
		{
			"resource": "azurerm_mssql_server_extended_auditing_policy.records",
			"path": ["config", "enabled"],
			"msg": "azurerm_mssql_server_extended_auditing_policy.records disables SQL auditing (enabled = false)",
		},
		{
			"resource": "azurerm_mssql_server.inline",
			"path": ["config", "extended_auditing_policy", 0, "retention_in_days"],
			"msg": "azurerm_mssql_server.inline keeps SQL audit records for 7 days (fewer than 90)",
		},
	} with input as {"type": "terraform", "resources": [
		res("azurerm_mssql_server", "records", {}),
		res("azurerm_mssql_server_extended_auditing_policy", "records", {"server_id": unknown("azurerm_mssql_server.records.id"), "storage_endpoint": unknown("azurerm_storage_account.audit.primary_blob_endpoint"), "retention_in_days": 30, "enabled": false}),
		res("azurerm_mssql_server", "inline", {"extended_auditing_policy": [{"storage_endpoint": "https://audit.blob.core.windows.net/", "retention_in_days": 7}]}),
	]}
}

test_audited_servers_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		res("azurerm_mssql_server", "a", {}),
		res("azurerm_mssql_server_extended_auditing_policy", "a", {"server_id": unknown("azurerm_mssql_server.a.id"), "retention_in_days": 0}),
		res("azurerm_mssql_server", "b", {}),
		res("azurerm_mssql_server_extended_auditing_policy", "b", {"server_id": unknown("azurerm_mssql_server.b.id"), "retention_in_days": 365}),
		res("azurerm_mssql_server", "c", {"extended_auditing_policy": [{"retention_in_days": unknown("var.days")}]}),
	]}
}

# retention_in_days is the storage account's retention: without storage_endpoint the records
# go to Log Analytics or Event Hubs, which keep them by their own settings.
test_short_retention_without_storage_is_not_reported if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		res("azurerm_mssql_server", "a", {}),
		res("azurerm_mssql_server_extended_auditing_policy", "a", {"server_id": unknown("azurerm_mssql_server.a.id"), "log_monitoring_enabled": true, "retention_in_days": 30}),
		res("azurerm_mssql_server", "b", {"extended_auditing_policy": [{"log_monitoring_enabled": true, "retention_in_days": 7}]}),
	]}
}

test_policies_created_with_for_each_get_the_benefit_of_the_doubt if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		res("azurerm_mssql_server", "records", {}),
		res("azurerm_mssql_server_extended_auditing_policy", "all", {"server_id": unknown("each.value")}),
	]}
}

# The legacy azurerm_sql_server (Terratest's SQL example): judged like azurerm_mssql_server.
test_legacy_sql_server if {
	check.deny == {
		{"resource": "azurerm_sql_server.legacy", "msg": "azurerm_sql_server.legacy has no auditing policy (no azurerm_mssql_server_extended_auditing_policy points at it)"},
		{"resource": "azurerm_sql_server.short", "path": ["config", "extended_auditing_policy", 0, "retention_in_days"], "msg": "azurerm_sql_server.short keeps SQL audit records for 30 days (fewer than 90)"},
	} with input as {"type": "terraform", "resources": [
		res("azurerm_sql_server", "legacy", {}),
		res("azurerm_sql_server", "short", {"extended_auditing_policy": [{"storage_endpoint": "https://audit.blob.core.windows.net/", "retention_in_days": 30}]}),
		res("azurerm_sql_server", "audited", {}),
		res("azurerm_mssql_server_extended_auditing_policy", "audited", {"server_id": unknown("azurerm_sql_server.audited.id"), "retention_in_days": 90}),
	]}
}

test_quoted_retention_is_read_as_a_number if {
	check.deny == {{
		"resource": "azurerm_mssql_server.inline",
		"path": ["config", "extended_auditing_policy", 0, "retention_in_days"],
		"msg": "azurerm_mssql_server.inline keeps SQL audit records for 7 days (fewer than 90)",
	}} with input as {"type": "terraform", "resources": [
		res("azurerm_mssql_server", "inline", {"extended_auditing_policy": [{"storage_endpoint": "https://audit.blob.core.windows.net/", "retention_in_days": "7"}]}),
		res("azurerm_mssql_server", "long", {"extended_auditing_policy": [{"storage_endpoint": "https://audit.blob.core.windows.net/", "retention_in_days": "90"}]}),
	]}
}
