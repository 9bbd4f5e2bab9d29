package evident.checks.terraform.azure_aks_logging_disabled_test

import data.evident.checks.terraform.azure_aks_logging_disabled as check

res(type, name, config) := {
	"id": concat(".", [type, name]), "mode": "managed", "type": type, "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": config,
}

module_call(name, source_type, config) := {
	"id": concat(".", ["module", name]), "name": name, "source": "x", "source_type": source_type,
	"file": "main.tf", "startLine": 20, "endLine": 25, "config": config,
}

unknown(expr) := {"__unknown__": expr, "refs": [expr]}

msg(id) := concat("", [id, " sends its logs nowhere: no oms_agent block (Container Insights) and no azurerm_monitor_diagnostic_setting sends its logs"])

workspace := unknown("azurerm_log_analytics_workspace.main.id")

test_cluster_without_any_logging_is_reported if {
	check.deny == {
		{"resource": "azurerm_kubernetes_cluster.bare", "msg": msg("azurerm_kubernetes_cluster.bare")},
		{"resource": "azurerm_kubernetes_cluster.legacy_off", "msg": msg("azurerm_kubernetes_cluster.legacy_off")},
		{"resource": "azurerm_kubernetes_cluster.other_addon", "msg": msg("azurerm_kubernetes_cluster.other_addon")},
	} with input as {"type": "terraform", "resources": [
		res("azurerm_kubernetes_cluster", "bare", {"dns_prefix": "bare"}),
		res("azurerm_kubernetes_cluster", "legacy_off", {"addon_profile": [{"oms_agent": [{"enabled": false}]}]}),
		res("azurerm_kubernetes_cluster", "other_addon", {"addon_profile": [{"azure_policy": [{"enabled": true}]}]}),
		res("azurerm_kubernetes_cluster", "logged", {}),
		res("azurerm_monitor_diagnostic_setting", "logged", {"target_resource_id": unknown("azurerm_kubernetes_cluster.logged.id"), "enabled_log": [{"category": "kube-audit"}]}),
	]}
}

test_container_insights_passes if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		res("azurerm_kubernetes_cluster", "a", {"oms_agent": [{"log_analytics_workspace_id": workspace}]}),
		res("azurerm_kubernetes_cluster", "b", {"addon_profile": [{"oms_agent": [{"enabled": true, "log_analytics_workspace_id": workspace}]}]}),
		res("azurerm_kubernetes_cluster", "c", {"addon_profile": [{"oms_agent": [{"enabled": unknown("var.monitoring")}]}]}),
		res("azurerm_kubernetes_cluster", "d", {"addon_profile": [{"oms_agent": [{"log_analytics_workspace_id": workspace}]}]}),
	]}
}

test_diagnostic_setting_passes if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		res("azurerm_kubernetes_cluster", "main", {}),
		res("azurerm_monitor_diagnostic_setting", "aks", {"target_resource_id": unknown("azurerm_kubernetes_cluster.main.id"), "enabled_log": [{"category_group": "audit"}]}),
		res("azurerm_kubernetes_cluster", "legacy", {}),
		res("azurerm_monitor_diagnostic_setting", "legacy", {"target_resource_id": unknown("azurerm_kubernetes_cluster.legacy.id"), "log": [{"category": "kube-audit", "enabled": true}]}),
		res("azurerm_kubernetes_cluster", "dynamic", {}),
		res("azurerm_monitor_diagnostic_setting", "dynamic", {"target_resource_id": unknown("azurerm_kubernetes_cluster.dynamic.id"), "dynamic": {"enabled_log": [{"content": [{}]}]}}),
	]}
}

# A setting that sends only metrics, or whose log blocks are all disabled, collects no
# logs (KICS aks_without_audit_logs positive3, Checkov CKV_AZURE_4).
test_diagnostic_setting_without_logs_does_not_count if {
	check.deny == {
		{"resource": "azurerm_kubernetes_cluster.metrics", "msg": msg("azurerm_kubernetes_cluster.metrics")},
		{"resource": "azurerm_kubernetes_cluster.off", "msg": msg("azurerm_kubernetes_cluster.off")},
	} with input as {"type": "terraform", "resources": [
		res("azurerm_kubernetes_cluster", "metrics", {}),
		res("azurerm_monitor_diagnostic_setting", "metrics", {"target_resource_id": unknown("azurerm_kubernetes_cluster.metrics.id"), "metric": [{"category": "AllMetrics"}]}),
		res("azurerm_kubernetes_cluster", "off", {}),
		res("azurerm_monitor_diagnostic_setting", "off", {"target_resource_id": unknown("azurerm_kubernetes_cluster.off.id"), "log": [{"category": "kube-audit", "enabled": false}]}),
	]}
}

test_unknown_and_dynamic_blocks_are_silent if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		res("azurerm_kubernetes_cluster", "a", {"dynamic": {"oms_agent": [{"content": [{}]}]}}),
		res("azurerm_kubernetes_cluster", "b", {"oms_agent": unknown("var.oms_agent")}),
		res("azurerm_kubernetes_cluster", "c", {"dynamic": {"addon_profile": [{"content": [{}]}]}}),
		res("azurerm_kubernetes_cluster", "d", {"addon_profile": unknown("var.addons")}),
		res("azurerm_kubernetes_cluster", "e", {"addon_profile": [{"dynamic": {"oms_agent": [{"content": [{}]}]}}]}),
	]}
}

test_computed_diagnostic_target_gets_the_benefit_of_the_doubt if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		res("azurerm_kubernetes_cluster", "main", {}),
		res("azurerm_monitor_diagnostic_setting", "all", {"target_resource_id": unknown("each.value")}),
	]}
}

test_diagnostic_setting_of_another_resource_does_not_count if {
	check.deny == {{"resource": "azurerm_kubernetes_cluster.main", "msg": msg("azurerm_kubernetes_cluster.main")}} with input as {"type": "terraform", "resources": [
		res("azurerm_kubernetes_cluster", "main", {}),
		res("azurerm_monitor_diagnostic_setting", "kv", {"target_resource_id": unknown("azurerm_key_vault.main.id")}),
	]}
}

test_cluster_passed_to_a_module_that_may_log_it_is_silent if {
	# a registry module (its code is not scanned), and a scanned local module that declares a diagnostic setting
	count(check.deny) == 0 with input as {
		"type": "terraform", "resources": [
			res("azurerm_kubernetes_cluster", "a", {}),
			res("azurerm_kubernetes_cluster", "b", {}),
		],
		"modules": [
			module_call("diag", "registry", {"resource_id": unknown("azurerm_kubernetes_cluster.a.id")}),
			object.union(module_call("monitoring", "local", {"cluster_id": unknown("azurerm_kubernetes_cluster.b.id")}), {"declares": ["azurerm_monitor_diagnostic_setting"]}),
		],
	}
}

test_cluster_passed_to_a_scanned_module_without_diagnostic_settings_is_reported if {
	check.deny == {{"resource": "azurerm_kubernetes_cluster.main", "msg": msg("azurerm_kubernetes_cluster.main")}} with input as {
		"type": "terraform", "resources": [
			res("azurerm_kubernetes_cluster", "main", {}),
		],
		"modules": [
			object.union(module_call("apps", "local", {"host": unknown("azurerm_kubernetes_cluster.main.kube_config")}), {"declares": ["helm_release"]}),
			module_call("unrelated", "registry", {"name": "x"}),
		],
	}
}
