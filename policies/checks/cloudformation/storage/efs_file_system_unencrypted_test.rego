package evident.checks.cloudformation.efs_file_system_unencrypted_test

import data.evident.checks.cloudformation.efs_file_system_unencrypted as check

fs(props) := {"id": "Shared", "type": "AWS::EFS::FileSystem", "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

test_missing_and_false_are_reported if {
	check.deny == {{"resource": "Shared", "msg": "Shared does not set Encrypted: true (EFS is unencrypted by default)"}} with input as {"resources": [fs({})]}
	check.deny == {{"resource": "Shared", "path": ["properties", "Encrypted"], "msg": "Shared sets Encrypted to false"}} with input as {"resources": [fs({"Encrypted": false})]}
}

test_encrypted_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [fs({"Encrypted": "true"})]}
	count(check.deny) == 0 with input as {"resources": [fs({"Encrypted": {"__unknown__": "Ref E", "refs": ["E"]}})]}
}
