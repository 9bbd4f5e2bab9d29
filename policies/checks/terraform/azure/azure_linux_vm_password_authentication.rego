# METADATA
# title: Linux VM accepts SSH password log-ins
# description: >-
#   A Linux virtual machine or scale set lets users log in with a password
#   over SSH: disable_password_authentication = false (or "false", which
#   Terraform converts) on an azurerm_linux_virtual_machine or
#   azurerm_linux_virtual_machine_scale_set, in the os_profile linux_configuration of an
#   azurerm_orchestrated_virtual_machine_scale_set, or in the
#   os_profile_linux_config of a legacy azurerm_virtual_machine or
#   azurerm_virtual_machine_scale_set. A password can be guessed or
#   brute-forced from anywhere the SSH port is reachable, is typically shared,
#   and is not tied to a key the person holds. Absent is reported only where
#   the provider's default is false: the os_profile_linux_config of a legacy
#   azurerm_virtual_machine_scale_set (Optional, Default false in the azurerm
#   schema). Absent is not reported where the default is true
#   (azurerm_linux_virtual_machine: the provider sends true when the argument
#   is not set; azurerm_linux_virtual_machine_scale_set and the orchestrated
#   scale set's linux_configuration: Default true), nor on a legacy
#   azurerm_virtual_machine, where the argument is required. Not reported: an
#   unknown value (a variable without value), a dynamic block, a legacy
#   resource without an os_profile_linux_config block (it may be a Windows
#   machine), and an azurerm_linux_virtual_machine that attaches an existing
#   OS disk (os_managed_disk_id), for which the provider sends no OS profile,
#   so the setting is not applied. A literal admin_password is a separate
#   matter and not judged here.
# related_resources:
#   - ref: https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_virtual_machine#disable_password_authentication
#   - ref: https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_virtual_machine_scale_set#disable_password_authentication
#   - ref: https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/orchestrated_virtual_machine_scale_set#disable_password_authentication
#   - ref: https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/virtual_machine#disable_password_authentication
#   - ref: https://learn.microsoft.com/azure/virtual-machines/linux/create-ssh-keys-detailed
# custom:
#   id: EVD-TF-215
#   severity: medium
#   remediation: >-
#     Set disable_password_authentication = true and give the machine SSH
#     public keys (admin_ssh_key, or ssh_keys in os_profile_linux_config), or
#     log in with Entra ID (the AADSSHLoginForLinux extension); remove
#     admin_password.
#   selector:
#     input: terraform
#     resources: [azurerm_linux_virtual_machine, azurerm_linux_virtual_machine_scale_set, azurerm_orchestrated_virtual_machine_scale_set, azurerm_virtual_machine, azurerm_virtual_machine_scale_set]
#   controls:
#     hipaa: ["164.312(d)", "164.308(a)(5)(ii)(D)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: A password log-in over SSH can be brute-forced and is not bound to a key the person holds, weakening person or entity authentication to machines that process ePHI.
#     gdpr: Key-based authentication to servers processing personal data protects the confidentiality of the processing systems.
package evident.checks.terraform.azure_linux_vm_password_authentication

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

# Top-level argument, provider default true.
deny contains f if {
	some r in terraform.resources("azurerm_linux_virtual_machine")
	values.false_value(r.config.disable_password_authentication)
	not terraform.given(r.config, "os_managed_disk_id")
	f := finding.at(r, ["config", "disable_password_authentication"], finding.format("%s sets disable_password_authentication = false, so the VM accepts password log-ins over SSH", [r.id]))
}

deny contains f if {
	some r in terraform.resources("azurerm_linux_virtual_machine_scale_set")
	values.false_value(r.config.disable_password_authentication)
	f := finding.at(r, ["config", "disable_password_authentication"], finding.format("%s sets disable_password_authentication = false, so its instances accept password log-ins over SSH", [r.id]))
}

# os_profile { linux_configuration { ... } }, default true.
deny contains f if {
	some r in terraform.resources("azurerm_orchestrated_virtual_machine_scale_set")
	some i, profile in terraform.blocks(r.config, "os_profile")
	some j, linux in terraform.blocks(profile, "linux_configuration")
	values.false_value(linux.disable_password_authentication)
	f := finding.at(r, ["config", "os_profile", i, "linux_configuration", j, "disable_password_authentication"], finding.format("%s sets disable_password_authentication = false in os_profile linux_configuration, so its instances accept password log-ins over SSH", [r.id]))
}

# Legacy VM: the argument is required in os_profile_linux_config.
deny contains f if {
	some r in terraform.resources("azurerm_virtual_machine")
	some i, linux in terraform.blocks(r.config, "os_profile_linux_config")
	values.false_value(linux.disable_password_authentication)
	f := finding.at(r, ["config", "os_profile_linux_config", i, "disable_password_authentication"], finding.format("%s sets disable_password_authentication = false in os_profile_linux_config, so the VM accepts password log-ins over SSH", [r.id]))
}

# Legacy scale set: optional in os_profile_linux_config, default false.
deny contains f if {
	some r in terraform.resources("azurerm_virtual_machine_scale_set")
	some i, linux in terraform.blocks(r.config, "os_profile_linux_config")
	values.false_value(linux.disable_password_authentication)
	f := finding.at(r, ["config", "os_profile_linux_config", i, "disable_password_authentication"], finding.format("%s sets disable_password_authentication = false in os_profile_linux_config, so its instances accept password log-ins over SSH", [r.id]))
}

deny contains f if {
	some r in terraform.resources("azurerm_virtual_machine_scale_set")
	some i, linux in terraform.blocks(r.config, "os_profile_linux_config")
	values.absent_or_null(linux, "disable_password_authentication")
	f := finding.at(r, ["config", "os_profile_linux_config", i], finding.format("%s does not set disable_password_authentication = true in os_profile_linux_config (the default is false), so its instances accept password log-ins over SSH", [r.id]))
}
