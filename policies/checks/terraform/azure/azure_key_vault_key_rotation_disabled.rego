# METADATA
# title: Azure Key Vault key is not rotated automatically
# description: >-
#   An azurerm_key_vault_key of type RSA, RSA-HSM, EC or EC-HSM has no
#   rotation_policy, a rotation_policy without an automatic block, or an
#   automatic block that sets neither time_after_creation nor
#   time_before_expiry (azurerm 3.x and later). Key Vault then never creates a
#   new key version: a compromised version keeps protecting, and exposing,
#   everything encrypted with it. Expiry (expire_after, expiration_date) is
#   the separate check EVD-TF-114. A rotation_policy or automatic block
#   written as a dynamic block or with an unknown value, and a key_type that
#   is not known, are not reported.
# related_resources:
#   - ref: https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/key_vault_key#rotation_policy
#   - ref: https://learn.microsoft.com/azure/key-vault/keys/how-to-configure-key-rotation
# custom:
#   id: EVD-TF-232
#   severity: medium
#   remediation: >-
#     Add rotation_policy { expire_after = "P180D" automatic { time_after_creation = "P90D" } }
#     (or time_before_expiry = "P30D") to the key; the identity that runs
#     Terraform needs the GetRotationPolicy and SetRotationPolicy key permissions.
#   selector:
#     input: terraform
#     resources: [azurerm_key_vault_key]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: Regular key rotation limits what one compromised key exposes, part of managing the encryption that protects ePHI.
#     gdpr: Key rotation keeps the encryption Art. 32(1)(a) names effective over time.
package evident.checks.terraform.azure_key_vault_key_rotation_disabled

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

# The key types Key Vault rotates (Oct keys exist only in a Managed HSM).
rotatable_types := {"RSA", "RSA-HSM", "EC", "EC-HSM"}

deny contains f if {
	some key in terraform.resources("azurerm_key_vault_key")
	key.config.key_type in rotatable_types
	values.absent_or_null(key.config, "rotation_policy")
	not terraform.dynamic(key.config, "rotation_policy")
	f := finding.of(key, finding.format("%s has no rotation_policy: the key is never rotated automatically", [key.id]))
}

deny contains f if {
	some key in terraform.resources("azurerm_key_vault_key")
	key.config.key_type in rotatable_types
	some i, policy in terraform.blocks(key.config, "rotation_policy")
	values.absent_or_null(policy, "automatic")
	not terraform.dynamic(policy, "automatic")
	f := finding.at(
		key, array.concat(["config"], terraform.block_path(key.config, "rotation_policy", i)),
		finding.format("%s has a rotation_policy without an automatic block: the key is never rotated automatically", [key.id]),
	)
}

deny contains f if {
	some key in terraform.resources("azurerm_key_vault_key")
	key.config.key_type in rotatable_types
	some i, policy in terraform.blocks(key.config, "rotation_policy")
	some j, automatic in terraform.blocks(policy, "automatic")
	not terraform.given(automatic, "time_after_creation")
	not terraform.given(automatic, "time_before_expiry")
	path := array.concat(
		array.concat(["config"], terraform.block_path(key.config, "rotation_policy", i)),
		terraform.block_path(policy, "automatic", j),
	)
	f := finding.at(key, path, finding.format("%s sets neither time_after_creation nor time_before_expiry in rotation_policy.automatic: the key is never rotated automatically", [key.id]))
}
