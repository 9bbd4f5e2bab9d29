package evident.checks.cloudformation.log_group_no_kms_test

import data.evident.checks.cloudformation.log_group_no_kms as check

group(props) := {"id": "AppLogs", "type": "AWS::Logs::LogGroup", "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

test_missing_key_is_reported if {
	check.deny == {{"resource": "AppLogs", "msg": "AppLogs has no KmsKeyId (log data is not encrypted with a customer-managed key)"}} with input as {"resources": [group({"RetentionInDays": 30})]}
}

test_key_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [group({"KmsKeyId": "arn:aws:kms:eu-west-1:123456789012:key/1"})]}
	count(check.deny) == 0 with input as {"resources": [group({"KmsKeyId": {"__unknown__": "Fn::GetAtt Key.Arn", "refs": ["Key.Arn"], "__ref__": "Key"}})]}
}

test_empty_key_is_reported if {
	check.deny == {{"resource": "AppLogs", "path": ["properties", "KmsKeyId"], "msg": "AppLogs sets KmsKeyId to an empty string (log data is not encrypted with a customer-managed key)"}} with input as {"resources": [group({"KmsKeyId": ""})]}
	check.deny == {{"resource": "AppLogs", "path": ["properties", "KmsKeyId"], "msg": "AppLogs sets KmsKeyId to an empty string (log data is not encrypted with a customer-managed key)"}} with input as {"resources": [group({"KmsKeyId": "  "})]}
}

test_alias_and_unknown_key_pass if {
	count(check.deny) == 0 with input as {"resources": [group({"KmsKeyId": "alias/logs"})]}
	count(check.deny) == 0 with input as {"resources": [group({"KmsKeyId": {"__unknown__": "Ref LogKeyArn", "refs": []}})]}
}
