# METADATA
# title: Azure VM custom data has a literal credential
# description: >-
#   The custom_data or user_data of an azurerm_linux_virtual_machine,
#   azurerm_windows_virtual_machine or one of their scale sets, or the
#   os_profile custom_data of a legacy azurerm_virtual_machine (written as text,
#   or as a base64 literal, which is decoded) writes a credential literally: an
#   assignment whose name says it holds a credential (export DB_PASSWORD=…,
#   password: … in cloud-init, "client_secret": "…", --api-key=…), a
#   connection string with an embedded password, or an AWS access key ID.
#   Custom data is committed with the code, kept in the state, and left on the
#   VM's disk (/var/lib/waagent/CustomData, C:\AzureData\CustomData.bin); user
#   data is also served by the instance metadata service to every process on
#   the VM. Names and values are read as the ECS and ConfigMap checks read them
#   (policies/lib/env.rego). Not reported: values the script computes at boot
#   ($(az keyvault secret show …), $VAR, ${VAR}, `cmd`); placeholders
#   (changeme, <password>, {{x}}, ****); settings about credentials (…_FILE,
#   …_PATH, …_ID, …_NAME, …_URL); crypt hashes of account passwords; comment
#   lines; PowerShell variables ($password = …); a value interpolated from a
#   secret-looking variable with a committed value (reported by EVD-TF-057 at
#   the variable); the VM's admin_password argument; custom data the parser
#   cannot read (filebase64(), file(), templatefile(), a cloudinit_config data
#   source, a variable without value). When a heredoc interpolates unknown
#   values (also inside base64encode()), its literal lines are still read (a
#   line with ${…} or %{…} is left out); plan files are not judged.
# related_resources:
#   - ref: https://learn.microsoft.com/en-us/azure/virtual-machines/custom-data
#   - ref: https://learn.microsoft.com/en-us/azure/virtual-machines/user-data
#   - ref: https://learn.microsoft.com/en-us/entra/identity/managed-identities-azure-resources/overview
# custom:
#   id: EVD-TF-180
#   severity: high
#   remediation: >-
#     Give the VM a managed identity and let the script read secrets at boot
#     from Key Vault with it (az login --identity, az keyvault secret show), or
#     deliver them with the Key Vault VM extension. Rotate the exposed
#     credential.
#   selector:
#     input: terraform
#     resources: [azurerm_linux_virtual_machine, azurerm_windows_virtual_machine, azurerm_linux_virtual_machine_scale_set, azurerm_windows_virtual_machine_scale_set, azurerm_virtual_machine]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.312(d)", "164.308(a)(5)(ii)(D)"]
#     gdpr: ["Art.32(1)(b)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: A credential readable by everyone with access to the code, the state or the VM's disk breaks access control and person-or-entity authentication.
#     gdpr: Leaked credentials to systems holding personal data undermine the confidentiality of processing systems.
package evident.checks.terraform.azure_vm_custom_data_secret

import data.evident.lib.aws
import data.evident.lib.env
import data.evident.lib.finding
import data.evident.lib.terraform

types := [
	"azurerm_linux_virtual_machine", "azurerm_windows_virtual_machine",
	"azurerm_linux_virtual_machine_scale_set", "azurerm_windows_virtual_machine_scale_set",
]

deny contains f if {
	not input.format == "plan"
	some r in terraform.resources_of(types)
	some key in ["custom_data", "user_data"]
	r.config[key]
	some f in script_findings(r, ["config", key], key, r.config[key])
}

deny contains f if {
	not input.format == "plan"
	some r in terraform.resources("azurerm_virtual_machine")
	some i, profile in terraform.blocks(r.config, "os_profile")
	profile.custom_data
	some f in script_findings(r, ["config", "os_profile", i, "custom_data"], "os_profile custom_data", profile.custom_data)
}

# script_findings(r, path, label, value): a finding for each literal credential
# that the bootstrap script `value` of r (at `path`, named `label` in
# messages) writes. The resources are iterated in the deny rules: a set of
# [resource, path, label] would hash every whole resource put in it.
script_findings(r, path, label, value) := {f |
	text := env.hcl_script(value)
	some [secret, v] in env.script_secrets(text)
	not v in aws.committed_secret_values
	f := finding.secret_at(r, path, finding.format("%s writes %s into its %s", [r.id, secret, label]))
}
