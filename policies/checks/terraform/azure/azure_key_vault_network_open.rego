# METADATA
# title: Azure Key Vault accepts connections from any network
# description: >-
#   An azurerm_key_vault keeps public network access on (the default) and has
#   no network_acls block, or one whose default_action is "Allow". The vault
#   that holds the encryption keys and secrets protecting health and personal
#   data then answers requests from the whole internet; a stolen token or
#   service principal secret is usable from anywhere.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/key-vault/general/network-security
# custom:
#   id: EVD-TF-113
#   severity: medium
#   remediation: >-
#     Add network_acls { default_action = "Deny", bypass = "AzureServices" } with
#     the subnets and IP ranges that need the vault, or set
#     public_network_access_enabled = false and use a private endpoint.
#   selector:
#     input: terraform
#     resources: [azurerm_key_vault]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.312(a)(2)(iv)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: Restricting network access to the keys that decrypt ePHI is part of access control and of protecting the encryption mechanism.
#     gdpr: Limiting who can reach the keys protecting personal data preserves the confidentiality of processing systems by default.
package evident.checks.terraform.azure_key_vault_network_open

import data.evident.lib.azure
import data.evident.lib.finding
import data.evident.lib.terraform

deny contains f if {
	some vault in terraform.resources("azurerm_key_vault")
	azure.true_or_absent(vault.config, "public_network_access_enabled")
	not terraform.has_block(vault.config, "network_acls")
	f := finding.of(vault, finding.format("%s is reachable from any network: no network_acls with default_action = \"Deny\"", [vault.id]))
}

deny contains f if {
	some vault in terraform.resources("azurerm_key_vault")
	azure.true_or_absent(vault.config, "public_network_access_enabled")
	some i, acls in terraform.blocks(vault.config, "network_acls")
	acls.default_action == "Allow"
	f := finding.at(vault, ["config", "network_acls", i, "default_action"], finding.format("%s network_acls default_action is \"Allow\": the vault is reachable from any network", [vault.id]))
}
