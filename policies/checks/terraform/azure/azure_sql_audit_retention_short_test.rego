package evident.checks.terraform.azure_sql_audit_retention_short_test

import data.evident.checks.terraform.azure_sql_audit_retention_short as check

res(type, name, config) := {
	"id": concat(".", [type, name]), "mode": "managed", "type": type, "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": config,
}

unknown(expr) := {"__unknown__": expr, "refs": [expr]}

endpoint := unknown("azurerm_storage_account.audit.primary_blob_endpoint")

policy(name, config) := res("azurerm_mssql_database_extended_auditing_policy", name, object.union({"database_id": unknown("azurerm_mssql_database.records.id")}, config))

test_short_database_policy_is_reported if {
	check.deny == {
		{
			"resource": "azurerm_mssql_database_extended_auditing_policy.week",
			"path": ["config", "retention_in_days"],
			"msg": "azurerm_mssql_database_extended_auditing_policy.week keeps SQL database audit records for 6 days (fewer than 90)",
		},
		{
			"resource": "azurerm_mssql_database_extended_auditing_policy.literal",
			"path": ["config", "retention_in_days"],
			"msg": "azurerm_mssql_database_extended_auditing_policy.literal keeps SQL database audit records for 89 days (fewer than 90)",
		},
	} with input as {"type": "terraform", "resources": [
		policy("week", {"storage_endpoint": endpoint, "retention_in_days": 6}),
		policy("literal", {"storage_endpoint": "https://clinicaudit.blob.core.windows.net/", "retention_in_days": 89, "enabled": true}),
	]}
}

test_inline_blocks_of_legacy_databases_are_reported if {
	check.deny == {
		{
			"resource": "azurerm_mssql_database.records",
			"path": ["config", "extended_auditing_policy", 0, "retention_in_days"],
			"msg": "azurerm_mssql_database.records keeps SQL database audit records for 30 days (fewer than 90)",
		},
		{
			"resource": "azurerm_sql_database.billing",
			"path": ["config", "extended_auditing_policy", 0, "retention_in_days"],
			"msg": "azurerm_sql_database.billing keeps SQL database audit records for 7 days (fewer than 90)",
		},
	} with input as {"type": "terraform", "resources": [
		res("azurerm_mssql_database", "records", {"extended_auditing_policy": [{"storage_endpoint": endpoint, "retention_in_days": 30}]}),
		res("azurerm_sql_database", "billing", {"extended_auditing_policy": [{"storage_endpoint": endpoint, "retention_in_days": 7}]}),
		res("azurerm_mssql_database", "plain", {}),
		res("azurerm_sql_database", "long", {"extended_auditing_policy": [{"storage_endpoint": endpoint, "retention_in_days": 120}]}),
	]}
}

test_compliant_default_unknown_and_exempt_policies_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		policy("ninety", {"storage_endpoint": endpoint, "retention_in_days": 90}),
		policy("forever", {"storage_endpoint": endpoint, "retention_in_days": 0}),
		# absent: the provider's default, 0, keeps the records forever
		policy("default", {"storage_endpoint": endpoint}),
		policy("unknown", {"storage_endpoint": endpoint, "retention_in_days": unknown("var.days")}),
		# retention_in_days only applies to a storage destination
		policy("log_analytics", {"log_monitoring_enabled": true, "retention_in_days": 30}),
		policy("empty_endpoint", {"storage_endpoint": "", "retention_in_days": 30}),
		policy("disabled", {"enabled": false, "storage_endpoint": endpoint, "retention_in_days": 30}),
		res("azurerm_mssql_database", "dynamic", {"dynamic": {"extended_auditing_policy": [{"content": [{"storage_endpoint": endpoint, "retention_in_days": 7}]}]}}),
	]}
}

# Server-level policies are EVD-TF-109's.
test_server_policies_are_left_to_the_auditing_check if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		res("azurerm_mssql_server_extended_auditing_policy", "server", {"storage_endpoint": endpoint, "retention_in_days": 7}),
		res("azurerm_mssql_server", "inline", {"extended_auditing_policy": [{"storage_endpoint": endpoint, "retention_in_days": 7}]}),
	]}
}

test_quoted_retention_is_read_as_a_number if {
	check.deny == {{
		"resource": "azurerm_mssql_database_extended_auditing_policy.quoted",
		"path": ["config", "retention_in_days"],
		"msg": "azurerm_mssql_database_extended_auditing_policy.quoted keeps SQL database audit records for 30 days (fewer than 90)",
	}} with input as {"type": "terraform", "resources": [
		policy("quoted", {"storage_endpoint": endpoint, "retention_in_days": "30"}),
		policy("quoted_long", {"storage_endpoint": endpoint, "retention_in_days": "90"}),
		policy("quoted_forever", {"storage_endpoint": endpoint, "retention_in_days": "0"}),
	]}
}
