# METADATA
# title: Azure backup vault deletes backups at once (soft delete off)
# description: >-
#   An azurerm_recovery_services_vault with soft_delete_enabled = false, or an
#   azurerm_data_protection_backup_vault with soft_delete = "Off". Soft delete
#   keeps deleted backup data for 14 days (or the vault's retention) so that it
#   can be restored; without it, whoever deletes a protected item, by mistake or
#   with stolen credentials, as ransomware operators do before they encrypt,
#   destroys every recovery point of the databases, VMs and file shares the
#   vault protects at once. Both default to on. Not reported: the default, "On"
#   and "AlwaysOn" (soft delete that cannot be turned off), and unknown values
#   (a variable). Immutability, which the vaults leave disabled by default, is
#   not judged.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/backup/backup-azure-security-feature-cloud
#   - ref: https://learn.microsoft.com/azure/backup/secure-by-default
#   - ref: https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/recovery_services_vault#soft_delete_enabled
#   - ref: https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/data_protection_backup_vault#soft_delete
# custom:
#   id: EVD-TF-259
#   severity: high
#   remediation: >-
#     Remove soft_delete_enabled = false (recovery services vault) and soft_delete
#     = "Off" (backup vault), or set soft_delete = "AlwaysOn" so that it cannot be
#     turned off later; consider immutability = "Locked".
#   selector:
#     input: terraform
#     resources: [azurerm_recovery_services_vault, azurerm_data_protection_backup_vault]
#   controls:
#     hipaa: ["164.308(a)(7)(ii)(A)", "164.308(a)(7)(ii)(B)", "164.312(c)(1)"]
#     gdpr: ["Art.32(1)(c)", "Art.32(1)(b)"]
#   rationale:
#     hipaa: A data backup plan and a disaster recovery plan need retrievable exact copies of ePHI; backups that one deletion destroys do not protect it from improper destruction.
#     gdpr: The ability to restore the availability of and access to personal data in a timely manner after an incident is a measure Art. 32(1)(c) names.
package evident.checks.terraform.azure_backup_vault_soft_delete_disabled

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some vault in terraform.resources("azurerm_recovery_services_vault")
	values.false_value(vault.config.soft_delete_enabled)
	f := finding.at(vault, ["config", "soft_delete_enabled"], finding.format("%s deletes backup data at once: soft_delete_enabled = false", [vault.id]))
}

deny contains f if {
	some vault in terraform.resources("azurerm_data_protection_backup_vault")
	setting := vault.config.soft_delete
	is_string(setting)
	lower(setting) == "off"
	f := finding.at(vault, ["config", "soft_delete"], finding.format("%s deletes backup data at once: soft_delete = \"%s\"", [vault.id, setting]))
}
