package evident.checks.cloudformation.parameter_secret_default_test

import data.evident.checks.cloudformation.parameter_secret_default as check

param(id, type, fields) := object.union({"id": id, "type": type, "hasDefault": false, "noEcho": true, "file": "t.yaml", "startLine": 2, "endLine": 5}, fields)

test_secret_default_is_reported if {
	check.deny == {{"resource": "DbPassword", "path": ["default"], "msg": "parameter DbPassword has a literal Default (a secret by its name committed with the template)", "secret": true}} with input as {"resources": [], "parameters": [param("DbPassword", "String", {"hasDefault": true, "default": "hunter2-clinic"})]}
}

test_no_default_dynamic_ssm_and_harmless_names_pass if {
	count(check.deny) == 0 with input as {"resources": [], "parameters": [
		param("DbPassword", "String", {}),
		param("ApiToken", "String", {"hasDefault": true, "default": "{{resolve:secretsmanager:api-token}}"}),
		param("AdminPassword", "AWS::SSM::Parameter::Value<String>", {"hasDefault": true, "default": "/clinic/admin-password"}),
		param("DbPasswordLength", "Number", {"hasDefault": true, "default": "32"}),
		param("SecretArn", "String", {"hasDefault": true, "default": "arn:aws:secretsmanager:eu-west-1:1:secret:x"}),
		param("ClientSecret", "String", {"hasDefault": true, "default": ""}),
		param("TokenMode", "String", {"hasDefault": true, "default": "required-always", "allowedValues": ["optional-always", "required-always"]}),
	]}
}

# Placeholders are not secrets: the value is written to be replaced, or points to the secret.
test_placeholder_defaults_pass if {
	check.deny == set() with input as {"resources": [], "parameters": [
		param("SlackToken", "String", {"hasDefault": true, "default": "None"}),
		param("DbPassword", "String", {"hasDefault": true, "default": "changeme"}),
		param("ApiKey", "String", {"hasDefault": true, "default": "<your-api-key>"}),
		param("GithubToken", "String", {"hasDefault": true, "default": "TODO"}),
		param("ClientSecret", "String", {"hasDefault": true, "default": "${ClientSecret}"}),
		param("AdminPassword", "String", {"hasDefault": true, "default": "********"}),
		param("WebhookSecret", "String", {"hasDefault": true, "default": "xxxxxxxx"}),
		param("MasterPassword", "String", {"hasDefault": true, "default": "/clinic/master-password"}),
		param("DbSecret", "String", {"hasDefault": true, "default": "arn:aws:secretsmanager:eu-west-1:111122223333:secret:db"}),
		param("AuthToken", "String", {"hasDefault": true, "default": "false"}),
	]}
}

# Real-looking values next to placeholders, and a numeric password, are reported.
test_real_defaults_among_placeholders_are_reported if {
	check.deny == {
		{"resource": "SlackToken", "path": ["default"], "msg": "parameter SlackToken has a literal Default (a secret by its name committed with the template)", "secret": true},
		{"resource": "AdminPassword", "path": ["default"], "msg": "parameter AdminPassword has a literal Default (a secret by its name committed with the template)", "secret": true},
		{"resource": "DbPassword", "path": ["default"], "msg": "parameter DbPassword has a literal Default (a secret by its name committed with the template)", "secret": true},
	} with input as {"resources": [], "parameters": [
		param("SlackToken", "String", {"hasDefault": true, "default": "xoxb-1234-5678-abcdEFGH"}),
		param("AdminPassword", "String", {"hasDefault": true, "default": "12345678"}),
		param("DbPassword", "String", {"hasDefault": true, "default": "NoneShallPass9"}),
		param("ApiKey", "String", {"hasDefault": true, "default": "None"}),
	]}
}
