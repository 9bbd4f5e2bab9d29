package evident.checks.cloudformation.kms_key_rotation_disabled_test

import data.evident.checks.cloudformation.kms_key_rotation_disabled as check

key(props) := {"id": "Key", "type": "AWS::KMS::Key", "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

test_missing_and_false_are_reported if {
	check.deny == {{"resource": "Key", "msg": "Key does not set EnableKeyRotation: true"}} with input as {"resources": [key({"KeyPolicy": {}})]}
	check.deny == {{"resource": "Key", "path": ["properties", "EnableKeyRotation"], "msg": "Key sets EnableKeyRotation to false"}} with input as {"resources": [key({"EnableKeyRotation": "false", "KeySpec": "SYMMETRIC_DEFAULT"})]}
}

test_rotating_asymmetric_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [key({"EnableKeyRotation": true})]}
	count(check.deny) == 0 with input as {"resources": [key({"KeySpec": "RSA_2048", "KeyUsage": "SIGN_VERIFY"})]}
	count(check.deny) == 0 with input as {"resources": [key({"KeySpec": "HMAC_256", "KeyUsage": "GENERATE_VERIFY_MAC"})]}
	count(check.deny) == 0 with input as {"resources": [key({"EnableKeyRotation": {"__unknown__": "Ref R", "refs": ["R"]}})]}
}
