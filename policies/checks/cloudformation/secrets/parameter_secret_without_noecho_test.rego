package evident.checks.cloudformation.parameter_secret_without_noecho_test

import data.evident.checks.cloudformation.parameter_secret_without_noecho as check

param(id, type, no_echo) := {"id": id, "type": type, "hasDefault": false, "noEcho": no_echo, "file": "t.yaml", "startLine": 2, "endLine": 5}

test_secret_without_noecho_is_reported if {
	check.deny == {{"resource": "ApiToken", "msg": "parameter ApiToken looks like a secret but does not set NoEcho: true (its value is shown in the console and API)"}} with input as {"resources": [], "parameters": [param("ApiToken", "String", false)]}
}

test_noecho_ssm_and_harmless_names_pass if {
	count(check.deny) == 0 with input as {"resources": [], "parameters": [
		param("ApiToken", "String", true),
		param("DbPassword", "AWS::SSM::Parameter::Value<String>", false),
		param("TokenTtl", "Number", false),
		param("Environment", "String", false),
		object.union(param("MetadataTokens", "String", false), {"allowedValues": ["optional", "required"]}),
	]}
}

test_an_empty_allowed_values_list_does_not_hide_a_secret if {
	check.deny == {{"resource": "ApiToken", "msg": "parameter ApiToken looks like a secret but does not set NoEcho: true (its value is shown in the console and API)"}} with input as {"resources": [], "parameters": [object.union(param("ApiToken", "String", false), {"allowedValues": []})]}
}
