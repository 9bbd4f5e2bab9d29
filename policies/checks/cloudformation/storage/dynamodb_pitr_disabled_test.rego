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

global(replicas) := {"id": "Claims", "type": "AWS::DynamoDB::GlobalTable", "properties": {"TableName": "claims", "Replicas": replicas}, "file": "t.yaml", "startLine": 3, "endLine": 20}

test_global_table_replicas_without_pitr_are_reported if {
	check.deny == {
		{"resource": "Claims", "path": ["properties", "Replicas", 1], "msg": "Claims replica eu-west-1 has no PointInTimeRecoverySpecification (point-in-time recovery is off there)"},
		{"resource": "Claims", "path": ["properties", "Replicas", 2, "PointInTimeRecoverySpecification", "PointInTimeRecoveryEnabled"], "msg": "Claims replica #2 does not set PointInTimeRecoveryEnabled to true (point-in-time recovery is off there)"},
	} with input as {"resources": [global([
		{"Region": "us-east-1", "PointInTimeRecoverySpecification": {"PointInTimeRecoveryEnabled": true}},
		{"Region": "eu-west-1"},
		{"Region": {"__unknown__": "Ref Secondary", "refs": ["Secondary"]}, "PointInTimeRecoverySpecification": {"PointInTimeRecoveryEnabled": false}},
	])]}
}

test_global_table_replicas_with_pitr_or_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [global([
		{"Region": "us-east-1", "PointInTimeRecoverySpecification": {"PointInTimeRecoveryEnabled": true}},
		{"Region": "eu-west-1", "PointInTimeRecoverySpecification": {"PointInTimeRecoveryEnabled": {"__unknown__": "Ref Pitr", "refs": ["Pitr"]}}},
		{"__unknown__": "Fn::If Replica", "refs": []},
	])]}
	count(check.deny) == 0 with input as {"resources": [global({"__unknown__": "Ref Replicas", "refs": ["Replicas"]})]}
}

test_a_replica_specification_without_the_switch_is_reported_at_the_specification if {
	check.deny == {{
		"resource": "Claims",
		"path": ["properties", "Replicas", 0, "PointInTimeRecoverySpecification"],
		"msg": "Claims replica ap-south-1 does not set PointInTimeRecoveryEnabled to true (point-in-time recovery is off there)",
	}} with input as {"resources": [global([{"Region": "ap-south-1", "PointInTimeRecoverySpecification": {}}])]}
}
