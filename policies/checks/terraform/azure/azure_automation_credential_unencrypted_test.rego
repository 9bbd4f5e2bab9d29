package evident.checks.terraform.azure_automation_credential_unencrypted_test

import data.evident.checks.terraform.azure_automation_credential_unencrypted as check

variable(type, name, config) := {
	"id": concat(".", [type, name]), "mode": "managed", "type": type, "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 6, "config": config,
}

string(name, config) := variable("azurerm_automation_variable_string", name, config)

test_credentials_stored_in_clear_are_reported if {
	check.deny == {
		{
			"resource": "azurerm_automation_variable_string.sql",
			"msg": "azurerm_automation_variable_string.sql holds a credential (sql-admin-password) and leaves encrypted out (the default is false): Azure Automation stores it in plain text, readable by anyone who can read the account",
		},
		{
			"resource": "azurerm_automation_variable_object.api",
			"path": ["config", "encrypted"],
			"msg": "azurerm_automation_variable_object.api holds a credential (ApiToken) with encrypted = false: Azure Automation stores it in plain text, readable by anyone who can read the account",
		},
	} with input as {"type": "terraform", "resources": [
		string("sql", {"name": "sql-admin-password", "value": "x"}),
		variable("azurerm_automation_variable_object", "api", {"name": "ApiToken", "encrypted": false, "value": "{}"}),
	]}
}

test_encrypted_settings_and_unknown_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		string("encrypted", {"name": "sql-admin-password", "encrypted": true}),
		string("setting", {"name": "TokenExpiryMinutes"}),
		string("policy", {"name": "PasswordPolicyName", "encrypted": false}),
		string("plain", {"name": "ReportSchedule"}),
		string("unknown_name", {"name": {"__unknown__": "var.name", "refs": ["var.name"]}}),
		string("unknown_flag", {"name": "ClientSecret", "encrypted": {"__unknown__": "var.encrypt", "refs": ["var.encrypt"]}}),
		# an integer cannot hold a password
		variable("azurerm_automation_variable_int", "retries", {"name": "PasswordRetries"}),
	]}
}
