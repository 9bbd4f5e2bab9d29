package evident.checks.cloudformation.log_group_retention_unbounded_test

import data.evident.checks.cloudformation.log_group_retention_unbounded as check

group(props) := {"id": "AppLogs", "type": "AWS::Logs::LogGroup", "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

test_missing_retention_is_reported if {
	check.deny == {{"resource": "AppLogs", "msg": "AppLogs has no RetentionInDays (log events are kept forever)"}} with input as {"resources": [group({})]}
}

test_retention_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [group({"RetentionInDays": 90})]}
	count(check.deny) == 0 with input as {"resources": [group({"RetentionInDays": {"__unknown__": "Ref D", "refs": ["D"]}})]}
}
