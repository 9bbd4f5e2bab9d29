package evident.checks.cloudformation.cognito_user_pool_mfa_off_test

import data.evident.checks.cloudformation.cognito_user_pool_mfa_off as check

pool(id, props) := {"id": id, "type": "AWS::Cognito::UserPool", "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

test_pools_without_mfa_are_reported if {
	check.deny == {
		{"resource": "Patients", "msg": "Patients sets no MfaConfiguration (default OFF): its users cannot use a second factor"},
		{"resource": "Staff", "path": ["properties", "MfaConfiguration"], "msg": "Staff sets MfaConfiguration OFF: its users cannot use a second factor"},
	} with input as {"resources": [
		pool("Patients", {"UserPoolName": "patients"}),
		pool("Staff", {"MfaConfiguration": "OFF"}),
	]}
}

test_pools_with_mfa_pass if {
	count(check.deny) == 0 with input as {"resources": [
		pool("On", {"MfaConfiguration": "ON", "EnabledMfas": ["SOFTWARE_TOKEN_MFA"]}),
		pool("Optional", {"MfaConfiguration": "OPTIONAL"}),
		pool("FromParameter", {"MfaConfiguration": {"__unknown__": "Ref Mfa", "refs": ["Mfa"]}}),
	]}
}
