# METADATA
# title: Azure storage account accepts connections from any network
# description: >-
#   An azurerm_storage_account keeps public network access on (the default)
#   without network rules whose default_action is "Deny", neither inline
#   (network_rules block) nor in an azurerm_storage_account_network_rules
#   resource. Its endpoints then answer requests from the whole internet, and
#   a leaked account key or SAS token is usable from anywhere.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/storage/common/storage-network-security
# custom:
#   id: EVD-TF-103
#   severity: medium
#   remediation: >-
#     Add network_rules { default_action = "Deny" } with the virtual network
#     subnets and IP ranges that need access (or use private endpoints and set
#     public_network_access_enabled = false).
#   selector:
#     input: terraform
#     resources: [azurerm_storage_account, azurerm_storage_account_network_rules]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: Restricting which networks can reach stored ePHI is an access control and reduces the risk the risk analysis identifies.
#     gdpr: Limiting network reachability of personal data stores protects confidentiality by default.
package evident.checks.terraform.azure_storage_network_open

import data.evident.lib.azure
import data.evident.lib.finding
import data.evident.lib.terraform

deny contains f if {
	some account in terraform.resources("azurerm_storage_account")
	azure.true_or_absent(account.config, "public_network_access_enabled")
	not terraform.has_block(account.config, "network_rules")
	not restricted_elsewhere(account)
	f := finding.of(account, finding.format("%s is reachable from any network: no network_rules with default_action = \"Deny\"", [account.id]))
}

deny contains f if {
	some account in terraform.resources("azurerm_storage_account")
	azure.true_or_absent(account.config, "public_network_access_enabled")
	some i, rules in terraform.blocks(account.config, "network_rules")
	rules.default_action == "Allow"
	not restricted_elsewhere(account)
	f := finding.at(account, ["config", "network_rules", i, "default_action"], finding.format("%s network_rules default_action is \"Allow\": the account is reachable from any network", [account.id]))
}

# A separate azurerm_storage_account_network_rules resource (which wins over the
# inline block) that does not allow by default.
restricted_elsewhere(account) if {
	some rules in terraform.attached("azurerm_storage_account_network_rules", "storage_account_id", account)
	rules.config.default_action != "Allow"
}

# Network rules created with for_each over accounts get the benefit of the doubt.
restricted_elsewhere(_) if azure.computed_reference("azurerm_storage_account_network_rules", "storage_account_id")
