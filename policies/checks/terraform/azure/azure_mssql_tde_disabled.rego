# METADATA
# title: Azure SQL database has transparent data encryption turned off
# description: >-
#   An azurerm_mssql_database sets transparent_data_encryption_enabled = false.
#   The database files, logs and backups are then stored unencrypted: anyone
#   who obtains a copy of a backup or of the underlying storage reads every
#   record. TDE is on by default, so only an explicit false is reported.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/azure-sql/database/transparent-data-encryption-tde-overview
# custom:
#   id: EVD-TF-110
#   severity: high
#   remediation: >-
#     Remove the attribute or set transparent_data_encryption_enabled = true;
#     use a customer-managed TDE protector (transparent_data_encryption_key_vault_key_id)
#     where key custody matters.
#   selector:
#     input: terraform
#     resources: [azurerm_mssql_database]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(a)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: Encryption at rest of the database that stores ePHI is the encryption and decryption specification and a basic risk-management measure.
#     gdpr: Encryption of personal data at rest is a measure Art. 32(1)(a) names, and serves the confidentiality principle.
package evident.checks.terraform.azure_mssql_tde_disabled

import data.evident.lib.finding
import data.evident.lib.terraform

deny contains f if {
	some database in terraform.resources("azurerm_mssql_database")
	database.config.transparent_data_encryption_enabled == false
	f := finding.at(database, ["config", "transparent_data_encryption_enabled"], finding.format("%s turns transparent data encryption off: data, logs and backups are stored unencrypted", [database.id]))
}
