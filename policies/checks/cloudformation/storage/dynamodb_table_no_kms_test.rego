package evident.checks.cloudformation.dynamodb_table_no_kms_test

import data.evident.checks.cloudformation.dynamodb_table_no_kms as check

table(type, props) := {"id": "Visits", "type": type, "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

test_missing_and_disabled_are_reported if {
	check.deny == {{"resource": "Visits", "msg": "Visits has no SSESpecification (encrypted only with an AWS-owned key)"}} with input as {"resources": [table("AWS::Serverless::SimpleTable", {})]}
	check.deny == {{"resource": "Visits", "path": ["properties", "SSESpecification"], "msg": "Visits does not set SSESpecification.SSEEnabled to true (encrypted only with an AWS-owned key)"}} with input as {"resources": [table("AWS::DynamoDB::Table", {"SSESpecification": {"SSEEnabled": false}})]}
}

test_enabled_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [table("AWS::DynamoDB::Table", {"SSESpecification": {"SSEEnabled": true, "SSEType": "KMS"}})]}
	count(check.deny) == 0 with input as {"resources": [table("AWS::DynamoDB::Table", {"SSESpecification": {"SSEEnabled": {"__unknown__": "Ref S", "refs": ["S"]}}})]}
}
