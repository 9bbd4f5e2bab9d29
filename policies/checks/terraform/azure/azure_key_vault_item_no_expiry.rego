# METADATA
# title: Azure Key Vault key or secret never expires
# description: >-
#   An azurerm_key_vault_secret has no expiration_date, or an
#   azurerm_key_vault_key has neither an expiration_date nor a rotation_policy
#   that sets expire_after. A credential or key that never expires is never
#   forced through rotation: once leaked it stays valid indefinitely.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/key-vault/keys/how-to-configure-key-rotation
# custom:
#   id: EVD-TF-114
#   severity: low
#   remediation: >-
#     Set expiration_date on secrets (and rotate them before it), and give keys a
#     rotation_policy { expire_after = "P90D" automatic { time_before_expiry = "P30D" } }.
#   selector:
#     input: terraform
#     resources: [azurerm_key_vault_key, azurerm_key_vault_secret]
#   controls:
#     hipaa: ["164.308(a)(5)(ii)(D)", "164.312(a)(2)(iv)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: Expiring and rotating secrets and keys is part of password management and of managing the encryption keys that protect ePHI.
#     gdpr: Limiting the lifetime of credentials protects the ongoing confidentiality of processing systems.
package evident.checks.terraform.azure_key_vault_item_no_expiry

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some secret in terraform.resources("azurerm_key_vault_secret")
	values.is_false_or_absent(secret.config, "expiration_date")
	f := finding.of(secret, finding.format("%s has no expiration_date: the secret never expires", [secret.id]))
}

deny contains f if {
	some key in terraform.resources("azurerm_key_vault_key")
	values.is_false_or_absent(key.config, "expiration_date")
	not expires_by_policy(key)
	f := finding.of(key, finding.format("%s has no expiration_date and no rotation_policy with expire_after: the key never expires", [key.id]))
}

expires_by_policy(key) if {
	some policy in terraform.blocks(key.config, "rotation_policy")
	not values.is_false_or_absent(policy, "expire_after")
}

expires_by_policy(key) if key.config.dynamic.rotation_policy
