# METADATA
# title: AKS cluster sends its logs nowhere
# description: >-
#   An azurerm_kubernetes_cluster has no oms_agent block (Container Insights,
#   which sends container logs and cluster events to a Log Analytics
#   workspace; before azurerm 3.0 the addon_profile { oms_agent { enabled =
#   true } } block) and no azurerm_monitor_diagnostic_setting whose
#   target_resource_id refers to it sends its control-plane logs (kube-audit,
#   kube-apiserver, guard): an enabled_log block, or a log block that is not
#   enabled = false (a setting with only metric blocks, or only disabled logs,
#   collects none). Nothing then records who read which Secret, who
#   exec'd into which pod or what the workloads that process personal data
#   did, so access cannot be reviewed or a breach investigated. Not reported:
#   an oms_agent or addon_profile written as a dynamic block or as an
#   unresolved value, a diagnostic setting whose target is computed (for_each
#   over a map, a variable, a module output), and a cluster passed to a
#   module call that may create its diagnostic setting (a scanned local module
#   that declares one, or a module whose code is not scanned).
# related_resources:
#   - ref: https://learn.microsoft.com/azure/aks/monitor-aks
#   - ref: https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster#oms_agent
# custom:
#   id: EVD-TF-226
#   severity: medium
#   remediation: >-
#     Add oms_agent { log_analytics_workspace_id =
#     azurerm_log_analytics_workspace.<name>.id } to the cluster, and an
#     azurerm_monitor_diagnostic_setting with target_resource_id =
#     azurerm_kubernetes_cluster.<name>.id, a Log Analytics workspace (or
#     storage account) destination and enabled_log { category = "kube-audit" }
#     (or category_group = "audit").
#   selector:
#     input: terraform
#     resources: [azurerm_kubernetes_cluster, azurerm_monitor_diagnostic_setting]
#   controls:
#     hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#     gdpr: ["Art.30(1)", "Art.32(1)(d)"]
#   rationale:
#     hipaa: Audit controls must record activity in the cluster that runs ePHI workloads, and information system activity review needs those records.
#     gdpr: Cluster activity records document the processing and are how the controller verifies and investigates the security of processing.
package evident.checks.terraform.azure_aks_logging_disabled

import data.evident.lib.azure
import data.evident.lib.finding
import data.evident.lib.terraform

diagnostic_type := "azurerm_monitor_diagnostic_setting"

deny contains f if {
	some cluster in terraform.resources("azurerm_kubernetes_cluster")
	not container_insights(cluster.config)
	not azure.logs_collected(cluster)
	not terraform.passed_to_module_that_may_declare(cluster, diagnostic_type)
	f := finding.of(cluster, finding.format("%s sends its logs nowhere: no oms_agent block (Container Insights) and no azurerm_monitor_diagnostic_setting sends its logs", [cluster.id]))
}

# container_insights(cfg): the cluster has the Container Insights add-on, or may
# have it: an oms_agent block (azurerm 3.0 and later; literal, dynamic or an
# unresolved value), or an addon_profile (azurerm 2.x) that may turn it on.
container_insights(cfg) if terraform.has_block(cfg, "oms_agent")

container_insights(cfg) if azure.unknown_block(cfg, "oms_agent")

container_insights(cfg) if azure.unknown_block(cfg, "addon_profile")

container_insights(cfg) if {
	some profile in terraform.blocks(cfg, "addon_profile")
	legacy_oms_agent(profile)
}

# legacy_oms_agent(profile): addon_profile { oms_agent { enabled = … } } with
# enabled not false (true, or unresolved), or an oms_agent that is not known
# statically.
legacy_oms_agent(profile) if {
	some agent in terraform.blocks(profile, "oms_agent")
	not agent.enabled == false
}

legacy_oms_agent(profile) if azure.unknown_block(profile, "oms_agent")
