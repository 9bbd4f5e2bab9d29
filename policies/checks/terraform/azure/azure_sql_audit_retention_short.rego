# METADATA
# title: Azure SQL database auditing keeps audit records under 90 days
# description: >-
#   A database-level SQL auditing policy — an
#   azurerm_mssql_database_extended_auditing_policy, or the inline
#   extended_auditing_policy block of an azurerm_mssql_database or of a legacy
#   azurerm_sql_database (azurerm 2.x; both removed in 3.0) — writes to a
#   storage account (storage_endpoint) and deletes its records after 1 to 89
#   days (retention_in_days). Breaches are often found months after they
#   began, and the audit trail of who read or changed which rows is then
#   gone. 90 days follows the CIS Microsoft Azure Foundations benchmark and
#   Checkov (CKV_AZURE_24). retention_in_days = 0, its default when absent,
#   keeps the records forever and is not reported. Neither is a policy without
#   a storage_endpoint (retention_in_days applies only to the storage account;
#   records sent to Log Analytics follow the workspace's retention), a policy
#   with enabled = false, nor a value that cannot be resolved. Server-level
#   policies (azurerm_mssql_server_extended_auditing_policy and the servers'
#   inline blocks) are judged by EVD-TF-109, whose medium severity is that of
#   a server without auditing; a short retention alone, with the records
#   still written, is low.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/azure-sql/database/auditing-overview
#   - ref: https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mssql_database_extended_auditing_policy#retention_in_days
# custom:
#   id: EVD-TF-228
#   severity: low
#   remediation: >-
#     Set retention_in_days to at least 90 (or 0, which keeps the audit records
#     forever) in the database's auditing policy, or send the audit events to
#     a Log Analytics workspace that keeps them for 90 days or more.
#   selector:
#     input: terraform
#     resources: [azurerm_mssql_database_extended_auditing_policy, azurerm_mssql_database, azurerm_sql_database]
#   controls:
#     hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#     gdpr: ["Art.30(1)", "Art.32(1)(d)"]
#   rationale:
#     hipaa: Audit controls and activity review need the database's audit records to exist for the period a review or an investigation looks back.
#     gdpr: Audit records of the processing, kept for the period in question, are how the controller documents processing and evaluates the security of processing.
package evident.checks.terraform.azure_sql_audit_retention_short

import data.evident.lib.azure
import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

# The database types that took an inline extended_auditing_policy block (azurerm 2.x).
database_types := ["azurerm_mssql_database", "azurerm_sql_database"]

deny contains f if {
	some policy in terraform.resources("azurerm_mssql_database_extended_auditing_policy")
	days := short_retention(policy.config)
	f := finding.at(policy, ["config", "retention_in_days"], message(policy, days))
}

deny contains f if {
	some type in database_types
	some database in terraform.resources(type)
	some i, settings in terraform.blocks(database.config, "extended_auditing_policy")
	days := short_retention(settings)
	path := array.concat(array.concat(["config"], terraform.block_path(database.config, "extended_auditing_policy", i)), ["retention_in_days"])
	f := finding.at(database, path, message(database, days))
}

# short_retention(settings): the retention_in_days of an auditing policy that
# writes to a storage account and deletes its records before 90 days.
short_retention(settings) := days if {
	not disabled(settings)
	days := azure.short_audit_retention(settings)
}

# disabled(settings): enabled = false (an argument that is absent, null or unknown is not).
disabled(settings) if values.false_value(settings.enabled)

message(resource, days) := finding.format("%s keeps SQL database audit records for %d days (fewer than %d)", [resource.id, days, azure.audit_minimum_retention_days])
