# METADATA
# title: Azure SQL server has no auditing or keeps audit logs under 90 days
# description: >-
#   An azurerm_mssql_server (or a legacy azurerm_sql_server, removed in azurerm
#   4.0 but still in older code: Terratest's SQL example) has no server-level
#   auditing — neither an inline
#   extended_auditing_policy block nor an azurerm_mssql_server_extended_auditing_policy
#   resource pointing at it — or its auditing policy is disabled or keeps
#   records for fewer than 90 days (retention_in_days 1–89; 0 means forever).
#   retention_in_days applies to the storage account only: a policy without
#   storage_endpoint (records sent to Log Analytics or Event Hubs, which keep
#   them by their own retention) is not reported for it.
#   Without audit records nobody can tell who read or changed which rows, or
#   investigate a breach. 90 days follows the CIS Microsoft Azure Foundations
#   benchmark.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/azure-sql/database/auditing-overview
#   - ref: https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mssql_server_extended_auditing_policy
# custom:
#   id: EVD-TF-109
#   severity: medium
#   remediation: >-
#     Add an azurerm_mssql_server_extended_auditing_policy with server_id set to
#     the server, a Log Analytics or storage destination (log_monitoring_enabled
#     = true or storage_endpoint) and retention_in_days of at least 90 (or 0).
#   selector:
#     input: terraform
#     resources: [azurerm_mssql_server, azurerm_sql_server, azurerm_mssql_server_extended_auditing_policy]
#   controls:
#     hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#     gdpr: ["Art.5(2)", "Art.32(1)(d)"]
#   rationale:
#     hipaa: Audit controls must record activity in systems that contain ePHI, and information system activity review needs those records.
#     gdpr: Database audit records are how the controller demonstrates (accountability) and verifies (regular testing) the security of processing.
package evident.checks.terraform.azure_mssql_auditing_disabled

import data.evident.lib.azure
import data.evident.lib.finding
import data.evident.lib.terraform

# The server types: the legacy azurerm_sql_server takes the same auditing block and resource.
server_types := ["azurerm_mssql_server", "azurerm_sql_server"]

deny contains f if {
	some type in server_types
	some server in terraform.resources(type)
	not terraform.has_block(server.config, "extended_auditing_policy")
	not azure.targeted_by("azurerm_mssql_server_extended_auditing_policy", "server_id", server)
	f := finding.of(server, finding.format("%s has no auditing policy (no azurerm_mssql_server_extended_auditing_policy points at it)", [server.id]))
}

deny contains f if {
	some policy in terraform.resources("azurerm_mssql_server_extended_auditing_policy")
	policy.config.enabled == false
	f := finding.at(policy, ["config", "enabled"], finding.format("%s disables SQL auditing (enabled = false)", [policy.id]))
}

deny contains f if {
	some policy in policies
	days := azure.short_audit_retention(policy.settings)
	f := finding.at(policy.resource, array.concat(policy.path, ["retention_in_days"]), finding.format("%s keeps SQL audit records for %d days (fewer than %d)", [policy.resource.id, days, azure.audit_minimum_retention_days]))
}

# policies: every auditing policy (separate resource or inline block): the resource,
# the settings and their path inside the resource.
policies contains {"resource": policy, "settings": policy.config, "path": ["config"]} if {
	some policy in terraform.resources("azurerm_mssql_server_extended_auditing_policy")
}

policies contains {"resource": server, "settings": settings, "path": ["config", "extended_auditing_policy", i]} if {
	some type in server_types
	some server in terraform.resources(type)
	some i, settings in terraform.blocks(server.config, "extended_auditing_policy")
}
