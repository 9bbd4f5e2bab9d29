package evident.checks.cloudformation.ebs_volume_unencrypted_test

import data.evident.checks.cloudformation.ebs_volume_unencrypted as check

volume(props) := {"id": "Data", "type": "AWS::EC2::Volume", "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

test_missing_and_false_are_reported if {
	check.deny == {{"resource": "Data", "msg": "Data does not set Encrypted: true"}} with input as {"resources": [volume({"Size": 100})]}
	check.deny == {{"resource": "Data", "path": ["properties", "Encrypted"], "msg": "Data sets Encrypted to false"}} with input as {"resources": [volume({"Encrypted": "false", "SnapshotId": "snap-1"})]}
}

test_encrypted_snapshot_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [volume({"Encrypted": true})]}
	count(check.deny) == 0 with input as {"resources": [volume({"SnapshotId": "snap-1"})]}
	count(check.deny) == 0 with input as {"resources": [volume({"Encrypted": {"__unknown__": "Ref E", "refs": ["E"]}})]}
}
