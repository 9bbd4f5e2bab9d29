# METADATA
# title: Azure Automation variable holding a credential is not encrypted
# description: >-
#   An azurerm_automation_variable_string or azurerm_automation_variable_object
#   whose name says it holds a credential (a password, secret, token, API key,
#   private or access key, or credential: sql-admin-password, ApiToken) leaves
#   encrypted out or sets it to false; the default is false. Azure Automation
#   then stores the value unencrypted and shows it to everyone who can read the
#   account (Reader on the resource group is enough, in the portal or through
#   the API), and runbooks, job logs and exports carry it in clear. Names that
#   only mention a credential word for a setting (TokenExpiryMinutes,
#   PasswordPolicyName) are not judged, nor are names or encrypted values that
#   cannot be resolved.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/automation/shared-resources/variables
#   - ref: https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/automation_variable_string#encrypted
# custom:
#   id: EVD-TF-311
#   severity: medium
#   remediation: >-
#     Set encrypted = true (the value is then readable only by runbooks, with
#     Get-AutomationVariable), or keep the credential in an
#     azurerm_automation_credential or in Key Vault and have the runbook read it
#     with its managed identity.
#   selector:
#     input: terraform
#     resources: [azurerm_automation_variable_string, azurerm_automation_variable_object]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.312(a)(2)(iv)", "164.308(a)(5)(ii)(D)"]
#     gdpr: ["Art.32(1)(a)", "Art.32(1)(b)"]
#   rationale:
#     hipaa: A credential to systems holding ePHI, readable by anyone who can read the account, defeats access control; encrypting it at rest is the encryption specification and part of password management.
#     gdpr: Credentials to personal data stored in clear undermine the confidentiality of processing that encryption and access control protect.
package evident.checks.terraform.azure_automation_credential_unencrypted

import data.evident.lib.env
import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

variable_types := ["azurerm_automation_variable_string", "azurerm_automation_variable_object"]

# credential_variables: the variables whose literal name says they hold a credential.
credential_variables contains variable if {
	some type in variable_types
	some variable in terraform.resources(type)
	is_string(variable.config.name)
	env.credential_name(variable.config.name)
}

deny contains f if {
	some variable in credential_variables
	values.absent_or_null(variable.config, "encrypted")
	f := finding.of(variable, finding.format("%s holds a credential (%s) and leaves encrypted out (the default is false): Azure Automation stores it in plain text, readable by anyone who can read the account", [variable.id, variable.config.name]))
}

deny contains f if {
	some variable in credential_variables
	values.false_value(variable.config.encrypted)
	f := finding.at(variable, ["config", "encrypted"], finding.format("%s holds a credential (%s) with encrypted = false: Azure Automation stores it in plain text, readable by anyone who can read the account", [variable.id, variable.config.name]))
}
