# METADATA
# title: Azure Key Vault can be purged
# description: >-
#   An azurerm_key_vault does not set purge_protection_enabled = true (the
#   default is false). A deleted vault, key or secret can then be purged before
#   its soft-delete retention ends — by mistake or by an attacker with enough
#   rights — and everything encrypted with a purged key (storage accounts,
#   databases, disks with customer-managed keys) becomes unreadable for good.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/key-vault/general/soft-delete-overview#purge-protection
# custom:
#   id: EVD-TF-112
#   severity: medium
#   remediation: >-
#     Set purge_protection_enabled = true (it cannot be turned off again) and keep
#     soft_delete_retention_days at 90.
#   selector:
#     input: terraform
#     resources: [azurerm_key_vault]
#   controls:
#     hipaa: ["164.308(a)(7)(ii)(A)", "164.312(c)(1)", "164.312(a)(2)(iv)"]
#     gdpr: ["Art.32(1)(b)", "Art.32(1)(c)"]
#   rationale:
#     hipaa: Losing the keys that decrypt ePHI destroys the ePHI; purge protection keeps keys recoverable and guards the integrity of the encryption mechanism.
#     gdpr: Protecting encryption keys from irreversible deletion preserves the availability and resilience of personal data processing.
package evident.checks.terraform.azure_key_vault_purge_protection

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some vault in terraform.resources("azurerm_key_vault")
	values.is_false_or_absent(vault.config, "purge_protection_enabled")
	f := located(vault)
}

located(vault) := finding.at(vault, ["config", "purge_protection_enabled"], finding.format("%s sets purge_protection_enabled = false: deleted keys and secrets can be purged", [vault.id])) if {
	vault.config.purge_protection_enabled == false
} else := finding.of(vault, finding.format("%s does not set purge_protection_enabled = true: deleted keys and secrets can be purged", [vault.id]))
