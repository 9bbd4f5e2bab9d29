# METADATA
# title: Synapse workspace has no auditing or keeps audit records under 90 days
# description: >-
#   An azurerm_synapse_workspace has no workspace-level auditing (no
#   azurerm_synapse_workspace_extended_auditing_policy points at it), or its
#   auditing policy keeps records in a storage account for fewer than 90 days
#   (retention_in_days 1–89; 0 means forever). Workspace auditing records the
#   queries run on its dedicated and serverless SQL pools: without it nobody
#   can tell who read or changed which rows of the warehouse, or investigate a
#   breach. A policy without storage_endpoint (records sent to Azure Monitor,
#   which keeps them by its own retention) is not reported for its retention.
#   90 days follows the CIS Microsoft Azure Foundations benchmark, as for SQL
#   servers (EVD-TF-109).
# related_resources:
#   - ref: https://learn.microsoft.com/azure/synapse-analytics/sql/auditing-overview
#   - ref: https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/synapse_workspace_extended_auditing_policy
# custom:
#   id: EVD-TF-279
#   severity: medium
#   remediation: >-
#     Add an azurerm_synapse_workspace_extended_auditing_policy with
#     synapse_workspace_id set to the workspace, a destination
#     (log_monitoring_enabled = true or storage_endpoint) and retention_in_days
#     of at least 90 (or 0).
#   selector:
#     input: terraform
#     resources: [azurerm_synapse_workspace, azurerm_synapse_workspace_extended_auditing_policy]
#   controls:
#     hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#     gdpr: ["Art.5(2)", "Art.32(1)(d)"]
#   rationale:
#     hipaa: Audit controls must record activity in systems that contain ePHI, and information system activity review needs those records.
#     gdpr: Warehouse audit records are how the controller demonstrates (accountability) and verifies (regular testing) the security of processing.
package evident.checks.terraform.azure_synapse_auditing_disabled

import data.evident.lib.azure
import data.evident.lib.finding
import data.evident.lib.terraform

policy_type := "azurerm_synapse_workspace_extended_auditing_policy"

deny contains f if {
	some workspace in terraform.resources("azurerm_synapse_workspace")
	not azure.targeted_by(policy_type, "synapse_workspace_id", workspace)
	f := finding.of(workspace, finding.format("%s has no auditing policy (no azurerm_synapse_workspace_extended_auditing_policy points at it)", [workspace.id]))
}

deny contains f if {
	some policy in terraform.resources(policy_type)
	days := azure.short_audit_retention(policy.config)
	f := finding.at(policy, ["config", "retention_in_days"], finding.format("%s keeps Synapse audit records for %d days (fewer than %d)", [policy.id, days, azure.audit_minimum_retention_days]))
}
