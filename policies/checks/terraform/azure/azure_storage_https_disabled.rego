# METADATA
# title: Azure storage account accepts plain HTTP
# description: >-
#   An azurerm_storage_account sets https_traffic_only_enabled = false (or the
#   pre-4.0 spelling enable_https_traffic_only = false). The account then
#   serves its blobs, files, queues and tables over plain HTTP (and SMB 3.0
#   without encryption), so whatever they hold crosses the network readable by
#   anyone on the path. The provider default is true, so only an explicit
#   false is reported.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/storage/common/storage-require-secure-transfer
#   - ref: https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account#https_traffic_only_enabled
# custom:
#   id: EVD-TF-100
#   severity: high
#   remediation: >-
#     Remove the attribute or set https_traffic_only_enabled = true, and move
#     clients that still use http:// URLs to https://.
#   selector:
#     input: terraform
#     resources: [azurerm_storage_account]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: Serving stored ePHI over plain HTTP leaves it unprotected in transit, which transmission security and its encryption specification address.
#     gdpr: Encryption of personal data in transit is a measure Art. 32(1)(a) names.
package evident.checks.terraform.azure_storage_https_disabled

import data.evident.lib.finding
import data.evident.lib.terraform

deny contains f if {
	some account in terraform.resources("azurerm_storage_account")
	some attr in ["https_traffic_only_enabled", "enable_https_traffic_only"]
	account.config[attr] == false
	f := finding.at(account, ["config", attr], finding.format("%s sets %s = false: the account accepts unencrypted HTTP requests", [account.id, attr]))
}
