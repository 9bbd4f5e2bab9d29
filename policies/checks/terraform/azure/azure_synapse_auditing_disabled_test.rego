package evident.checks.terraform.azure_synapse_auditing_disabled_test

import data.evident.checks.terraform.azure_synapse_auditing_disabled as check

workspace(name) := {"id": concat(".", ["azurerm_synapse_workspace", name]), "type": "azurerm_synapse_workspace", "mode": "managed", "config": {"name": name}}

policy(name, config) := {"id": concat(".", ["azurerm_synapse_workspace_extended_auditing_policy", name]), "type": "azurerm_synapse_workspace_extended_auditing_policy", "mode": "managed", "config": config}

ref(name) := {"__unknown__": concat("", ["azurerm_synapse_workspace.", name, ".id"]), "refs": [concat("", ["azurerm_synapse_workspace.", name, ".id"])]}

endpoint := {"__unknown__": "azurerm_storage_account.audit.primary_blob_endpoint", "refs": ["azurerm_storage_account.audit.primary_blob_endpoint"]}

test_a_workspace_without_a_policy_and_a_short_retention_are_reported if {
	check.deny == {
		{"resource": "azurerm_synapse_workspace.analytics", "msg": "azurerm_synapse_workspace.analytics has no auditing policy (no azurerm_synapse_workspace_extended_auditing_policy points at it)"},
		{"resource": "azurerm_synapse_workspace_extended_auditing_policy.claims", "path": ["config", "retention_in_days"], "msg": "azurerm_synapse_workspace_extended_auditing_policy.claims keeps Synapse audit records for 30 days (fewer than 90)"},
	} with input as {"type": "terraform", "resources": [
		workspace("analytics"),
		workspace("claims"),
		policy("claims", {"synapse_workspace_id": ref("claims"), "storage_endpoint": endpoint, "retention_in_days": 30}),
		workspace("research"),
		policy("research", {"synapse_workspace_id": ref("research"), "log_monitoring_enabled": true, "retention_in_days": 7}),
		workspace("finance"),
		policy("finance", {"synapse_workspace_id": ref("finance"), "storage_endpoint": endpoint, "retention_in_days": 0}),
	]}
}

test_a_computed_workspace_id_gets_the_benefit_of_the_doubt if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		workspace("analytics"),
		policy("each", {"synapse_workspace_id": {"__unknown__": "each.value", "refs": ["each.value"]}, "log_monitoring_enabled": true}),
	]}
}
