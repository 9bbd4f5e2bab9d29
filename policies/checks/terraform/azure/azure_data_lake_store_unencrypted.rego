# METADATA
# title: Azure Data Lake Store (Gen1) has encryption turned off
# description: >-
#   An azurerm_data_lake_store sets encryption_state = "Disabled" (any
#   spelling of the case). The account's files are then stored unencrypted:
#   anyone who obtains the underlying storage reads every record. Encryption
#   is on by default ("Enabled") and cannot be turned on after the account is
#   created, so only an explicit "Disabled" is reported; an unknown value (a
#   variable, a reference) is not. Data Lake Storage Gen1 is retired and the
#   resource is gone from azurerm 4.x, so this concerns older configurations.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/data-lake-store/data-lake-store-encryption
#   - ref: https://registry.terraform.io/providers/hashicorp/azurerm/3.117.0/docs/resources/data_lake_store#encryption_state
# custom:
#   id: EVD-TF-194
#   severity: high
#   remediation: >-
#     Remove the attribute or set encryption_state = "Enabled" (the account
#     must be recreated), or better, migrate to a storage account with
#     is_hns_enabled = true (Data Lake Storage Gen2), which is always encrypted.
#   selector:
#     input: terraform
#     resources: [azurerm_data_lake_store]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(a)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: Encryption at rest of the data lake that stores ePHI is the encryption and decryption specification and a basic risk-management measure.
#     gdpr: Encryption of personal data at rest is a measure Art. 32(1)(a) names, and serves the confidentiality principle.
package evident.checks.terraform.azure_data_lake_store_unencrypted

import data.evident.lib.finding
import data.evident.lib.terraform

deny contains f if {
	some store in terraform.resources("azurerm_data_lake_store")
	is_string(store.config.encryption_state)
	lower(store.config.encryption_state) == "disabled"
	f := finding.at(store, ["config", "encryption_state"], finding.format("%s sets encryption_state = \"%s\": its files are stored unencrypted", [store.id, store.config.encryption_state]))
}
