package evident.checks.cloudformation.cloudtrail_no_kms_test

import data.evident.checks.cloudformation.cloudtrail_no_kms as check

trail(props) := {"id": "Trail", "type": "AWS::CloudTrail::Trail", "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

test_missing_key_is_reported if {
	check.deny == {{"resource": "Trail", "msg": "Trail has no KMSKeyId (log files are not encrypted with a KMS key)"}} with input as {"resources": [trail({})]}
}

test_key_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [trail({"KMSKeyId": "alias/audit"})]}
	count(check.deny) == 0 with input as {"resources": [trail({"KMSKeyId": {"__unknown__": "Ref K", "refs": ["K"], "__ref__": "K"}})]}
}

test_empty_key_is_reported if {
	check.deny == {{"resource": "Trail", "path": ["properties", "KMSKeyId"], "msg": "Trail sets KMSKeyId to an empty string (log files are not encrypted with a KMS key)"}} with input as {"resources": [trail({"KMSKeyId": " "})]}
}
