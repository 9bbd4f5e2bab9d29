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
