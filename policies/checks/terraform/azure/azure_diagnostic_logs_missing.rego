# METADATA
# title: Azure Key Vault or SQL database sends no diagnostic logs
# description: >-
#   An azurerm_key_vault or azurerm_mssql_database has no
#   azurerm_monitor_diagnostic_setting whose target_resource_id refers to it
#   and that sends resource logs (an enabled_log block, or a log block that is
#   not enabled = false; a setting with only metric blocks collects none).
#   Its resource logs — for a vault, the AuditEvent log of every key and secret
#   operation; for a database, its SQL security audit and query events — are
#   then not collected anywhere, so access to keys and data cannot be reviewed
#   or investigated. A diagnostic setting whose target is computed (for_each
#   over a map, a module output) is given the benefit of the doubt.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/key-vault/general/logging
#   - ref: https://learn.microsoft.com/azure/azure-monitor/essentials/diagnostic-settings
# custom:
#   id: EVD-TF-123
#   severity: medium
#   remediation: >-
#     Add an azurerm_monitor_diagnostic_setting with target_resource_id set to the
#     resource's id, a Log Analytics workspace (or storage account) destination,
#     and enabled_log { category_group = "audit" } (or "allLogs").
#   selector:
#     input: terraform
#     resources: [azurerm_key_vault, azurerm_mssql_database, azurerm_monitor_diagnostic_setting]
#   controls:
#     hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#     gdpr: ["Art.5(2)", "Art.32(1)(d)"]
#   rationale:
#     hipaa: Audit controls must record access to the keys and databases that protect and hold ePHI, and activity review needs those records.
#     gdpr: Access logs are how the controller demonstrates and regularly verifies the security of processing.
package evident.checks.terraform.azure_diagnostic_logs_missing

import data.evident.lib.azure
import data.evident.lib.finding
import data.evident.lib.terraform

deny contains f if {
	some type in ["azurerm_key_vault", "azurerm_mssql_database"]
	some resource in terraform.resources(type)
	not azure.logs_collected(resource)
	f := finding.of(resource, finding.format("%s has no azurerm_monitor_diagnostic_setting that sends its resource logs: they are not collected", [resource.id]))
}
