package evident.checks.terraform.cognito_user_pool_mfa_off_test

import data.evident.checks.terraform.cognito_user_pool_mfa_off as check

pool(name, config) := {
	"id": concat(".", ["aws_cognito_user_pool", name]), "mode": "managed", "type": "aws_cognito_user_pool", "name": name,
	"file": "identity.tf", "startLine": 1, "endLine": 9, "config": config,
}

test_pools_without_mfa_are_reported if {
	check.deny == {
		{"resource": "aws_cognito_user_pool.default", "msg": "aws_cognito_user_pool.default sets no mfa_configuration (default OFF): its users cannot use a second factor"},
		{"resource": "aws_cognito_user_pool.null", "msg": "aws_cognito_user_pool.null sets no mfa_configuration (default OFF): its users cannot use a second factor"},
		{"resource": "aws_cognito_user_pool.off", "path": ["config", "mfa_configuration"], "msg": "aws_cognito_user_pool.off sets mfa_configuration = \"OFF\": its users cannot use a second factor"},
	} with input as {"type": "terraform", "resources": [
		pool("default", {"name": "patients"}),
		pool("null", {"name": "patients", "mfa_configuration": null}),
		pool("off", {"name": "patients", "mfa_configuration": "OFF"}),
	]}
}

test_pools_with_mfa_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		pool("on", {"mfa_configuration": "ON", "software_token_mfa_configuration": [{"enabled": true}]}),
		pool("optional", {"mfa_configuration": "OPTIONAL"}),
		pool("variable", {"mfa_configuration": {"__unknown__": "var.mfa", "refs": ["var.mfa"]}}),
	]}
}
