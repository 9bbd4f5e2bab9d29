# METADATA
# title: Azure storage account relies on Microsoft-managed keys only
# description: >-
#   An azurerm_storage_account has neither a customer-managed key (a
#   customer_managed_key block or an azurerm_storage_account_customer_managed_key
#   resource) nor infrastructure encryption (infrastructure_encryption_enabled =
#   true). Azure always encrypts storage at rest, but with keys it alone
#   controls: the organisation cannot revoke access to the data by disabling its
#   key, rotate on its own schedule, or show key custody to an auditor. Low
#   severity: this is defence in depth, not missing encryption.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/storage/common/customer-managed-keys-overview
#   - ref: https://learn.microsoft.com/azure/storage/common/infrastructure-encryption-enable
# custom:
#   id: EVD-TF-104
#   severity: low
#   remediation: >-
#     Add a customer_managed_key block (or an azurerm_storage_account_customer_managed_key
#     resource) with a Key Vault key, or set infrastructure_encryption_enabled = true
#     for a second layer of encryption.
#   selector:
#     input: terraform
#     resources: [azurerm_storage_account, azurerm_storage_account_customer_managed_key]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)", "164.310(d)(1)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: Keys under the covered entity's control strengthen the encryption and decryption specification for stored ePHI and the control of media holding it.
#     gdpr: Encryption under the controller's own keys is a stronger form of the measure Art. 32(1)(a) names.
package evident.checks.terraform.azure_storage_no_cmk

import data.evident.lib.azure
import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some account in terraform.resources("azurerm_storage_account")
	not terraform.has_block(account.config, "customer_managed_key")
	not azure.targeted_by("azurerm_storage_account_customer_managed_key", "storage_account_id", account)
	values.is_false_or_absent(account.config, "infrastructure_encryption_enabled")
	f := finding.of(account, finding.format("%s is encrypted only with Microsoft-managed keys (no customer-managed key, no infrastructure encryption)", [account.id]))
}
