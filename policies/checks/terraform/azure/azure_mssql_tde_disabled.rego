# METADATA
# title: Azure SQL database or Synapse SQL pool stores data without transparent data encryption
# description: >-
#   An azurerm_mssql_database sets transparent_data_encryption_enabled =
#   false, or an azurerm_synapse_sql_pool (a dedicated SQL pool, the
#   warehouse) leaves data_encrypted out or sets it to false. The data files,
#   logs and backups are then stored unencrypted: anyone who obtains a copy of
#   a backup or of the underlying storage reads every record. TDE is on by
#   default for SQL databases, so there only an explicit false is reported; a
#   dedicated SQL pool starts without it (the provider turns it on only when
#   data_encrypted = true), so there its absence is reported too. Values that
#   cannot be resolved are not judged.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/azure-sql/database/transparent-data-encryption-tde-overview
#   - ref: https://learn.microsoft.com/azure/synapse-analytics/sql-data-warehouse/sql-data-warehouse-encryption-tde-tsql
#   - ref: https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/synapse_sql_pool#data_encrypted
# custom:
#   id: EVD-TF-110
#   severity: high
#   remediation: >-
#     Remove transparent_data_encryption_enabled or set it to true on SQL
#     databases, and set data_encrypted = true on Synapse dedicated SQL pools;
#     use a customer-managed TDE protector (transparent_data_encryption_key_vault_key_id,
#     or the workspace's customer_managed_key) where key custody matters.
#   selector:
#     input: terraform
#     resources: [azurerm_mssql_database, azurerm_synapse_sql_pool]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(a)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: Encryption at rest of the database or warehouse that stores ePHI is the encryption and decryption specification and a basic risk-management measure.
#     gdpr: Encryption of personal data at rest is a measure Art. 32(1)(a) names, and serves the confidentiality principle.
package evident.checks.terraform.azure_mssql_tde_disabled

import data.evident.lib.finding
import data.evident.lib.terraform

deny contains f if {
	some database in terraform.resources("azurerm_mssql_database")
	database.config.transparent_data_encryption_enabled == false
	f := finding.at(database, ["config", "transparent_data_encryption_enabled"], finding.format("%s turns transparent data encryption off: data, logs and backups are stored unencrypted", [database.id]))
}

deny contains f if {
	some pool in terraform.resources("azurerm_synapse_sql_pool")
	f := terraform.off(
		pool, "data_encrypted",
		"%s leaves data_encrypted out: the dedicated SQL pool starts without transparent data encryption, so its data, logs and backups are stored unencrypted",
		"%s sets data_encrypted = false: the dedicated SQL pool's data, logs and backups are stored unencrypted",
	)
}
