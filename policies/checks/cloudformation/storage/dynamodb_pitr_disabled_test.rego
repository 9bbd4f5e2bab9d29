package evident.checks.cloudformation.dynamodb_pitr_disabled_test

import data.evident.checks.cloudformation.dynamodb_pitr_disabled as check

table(props) := {"id": "Visits", "type": "AWS::DynamoDB::Table", "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

test_missing_and_disabled_are_reported if {
	check.deny == {{"resource": "Visits", "msg": "Visits has no PointInTimeRecoverySpecification (point-in-time recovery is off)"}} with input as {"resources": [table({})]}
	check.deny == {{"resource": "Visits", "path": ["properties", "PointInTimeRecoverySpecification", "PointInTimeRecoveryEnabled"], "msg": "Visits does not set PointInTimeRecoveryEnabled to true"}} with input as {"resources": [table({"PointInTimeRecoverySpecification": {"PointInTimeRecoveryEnabled": "false"}})]}
}

test_enabled_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [table({"PointInTimeRecoverySpecification": {"PointInTimeRecoveryEnabled": true}})]}
	count(check.deny) == 0 with input as {"resources": [table({"PointInTimeRecoverySpecification": {"PointInTimeRecoveryEnabled": {"__unknown__": "Ref P", "refs": ["P"]}}})]}
	count(check.deny) == 0 with input as {"resources": [table({"PointInTimeRecoverySpecification": {"__unknown__": "Fn::If P", "refs": ["P"]}})]}
}
