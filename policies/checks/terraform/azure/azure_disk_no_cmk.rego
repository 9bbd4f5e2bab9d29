# METADATA
# title: Azure managed disk relies on platform-managed keys only
# description: >-
#   An azurerm_managed_disk has no disk_encryption_set_id (customer-managed
#   key), no secure_vm_disk_encryption_set_id and no Azure Disk Encryption
#   (no encryption_settings block, or only one with enabled = false, which
#   turns it off; a block without enabled or with an unresolved one counts as
#   encryption); or a Linux/Windows virtual machine's os_disk has no
#   disk_encryption_set_id, the VM does not set encryption_at_host_enabled
#   = true and no Azure Disk Encryption extension (azurerm_virtual_machine_extension
#   of publisher Microsoft.Azure.Security, type AzureDiskEncryption or
#   AzureDiskEncryptionForLinux) names the VM, nor one whose
#   virtual_machine_id is computed (for_each, a variable). Azure encrypts every disk at rest, but with keys the organisation
#   cannot control, revoke or audit; temporary disks and caches are not
#   encrypted without encryption at host. Low severity: defence in depth.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/virtual-machines/disk-encryption
# custom:
#   id: EVD-TF-124
#   severity: low
#   remediation: >-
#     Create an azurerm_disk_encryption_set with a Key Vault key and set
#     disk_encryption_set_id on disks and os_disk blocks, or enable
#     encryption_at_host_enabled on the virtual machines.
#   selector:
#     input: terraform
#     resources: [azurerm_managed_disk, azurerm_linux_virtual_machine, azurerm_windows_virtual_machine]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)", "164.310(d)(1)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: Keys under the covered entity's control strengthen encryption of disks that hold ePHI and the control of that media.
#     gdpr: Encryption under the controller's own keys is a stronger form of the measure Art. 32(1)(a) names.
package evident.checks.terraform.azure_disk_no_cmk

import data.evident.lib.azure
import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some disk in terraform.resources("azurerm_managed_disk")
	values.is_false_or_absent(disk.config, "disk_encryption_set_id")
	values.is_false_or_absent(disk.config, "secure_vm_disk_encryption_set_id")
	not disk_encryption(disk.config)
	f := finding.of(disk, finding.format("%s is encrypted only with platform-managed keys (no disk_encryption_set_id)", [disk.id]))
}

# disk_encryption(cfg): an encryption_settings block (Azure Disk Encryption)
# that is not turned off with a literal enabled = false, or a dynamic one.
disk_encryption(cfg) if {
	some settings in terraform.blocks(cfg, "encryption_settings")
	not settings.enabled == false
}

disk_encryption(cfg) if terraform.dynamic(cfg, "encryption_settings")

deny contains f if {
	some type in ["azurerm_linux_virtual_machine", "azurerm_windows_virtual_machine"]
	some vm in terraform.resources(type)
	values.is_false_or_absent(vm.config, "encryption_at_host_enabled")
	not disk_encryption_extension(vm)
	some i, disk in terraform.blocks(vm.config, "os_disk")
	values.is_false_or_absent(disk, "disk_encryption_set_id")
	values.is_false_or_absent(disk, "secure_vm_disk_encryption_set_id")
	f := finding.at(vm, ["config", "os_disk", i], finding.format("%s os_disk is encrypted only with platform-managed keys (no disk_encryption_set_id, no encryption at host)", [vm.id]))
}

# disk_encryption_extension(vm): an Azure Disk Encryption extension (BitLocker or
# DM-Crypt with keys in the customer's Key Vault) is installed on the VM, or an
# extension's target VM is computed and so might be this one.
disk_encryption_extension(vm) if {
	some extension in terraform.attached("azurerm_virtual_machine_extension", "virtual_machine_id", vm)
	extension.config.publisher == "Microsoft.Azure.Security"
	extension.config.type in {"AzureDiskEncryption", "AzureDiskEncryptionForLinux"}
}

disk_encryption_extension(_) if azure.computed_reference("azurerm_virtual_machine_extension", "virtual_machine_id")
