# METADATA
# title: Azure storage account accepts TLS below 1.2
# description: >-
#   An azurerm_storage_account sets min_tls_version to TLS1_0 or TLS1_1. Clients
#   can then negotiate protocol versions with known weaknesses (BEAST, weak
#   cipher suites) that Microsoft is retiring. The provider default is TLS1_2,
#   so only an explicit older version is reported.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/storage/common/transport-layer-security-configure-minimum-version
# custom:
#   id: EVD-TF-101
#   severity: medium
#   remediation: Set min_tls_version = "TLS1_2" (or remove the attribute) after checking that no client still needs TLS 1.0/1.1.
#   selector:
#     input: terraform
#     resources: [azurerm_storage_account]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: Deprecated TLS versions weaken the encryption that protects ePHI in transit.
#     gdpr: State-of-the-art encryption in transit is what Art. 32(1)(a) expects; TLS below 1.2 is no longer state of the art.
package evident.checks.terraform.azure_storage_legacy_tls

import data.evident.lib.azure
import data.evident.lib.finding
import data.evident.lib.terraform

deny contains f if {
	some account in terraform.resources("azurerm_storage_account")
	account.config.min_tls_version in azure.legacy_tls
	f := finding.at(account, ["config", "min_tls_version"], finding.format("%s allows %s (min_tls_version below TLS1_2)", [account.id, account.config.min_tls_version]))
}
