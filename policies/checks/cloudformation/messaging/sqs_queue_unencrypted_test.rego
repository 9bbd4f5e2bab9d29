package evident.checks.cloudformation.sqs_queue_unencrypted_test

import data.evident.checks.cloudformation.sqs_queue_unencrypted as check

queue(props) := {"id": "Intake", "type": "AWS::SQS::Queue", "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

test_sse_off_without_key_is_reported if {
	check.deny == {{"resource": "Intake", "path": ["properties", "SqsManagedSseEnabled"], "msg": "Intake turns SQS-managed encryption off and sets no KmsMasterKeyId"}} with input as {"resources": [queue({"SqsManagedSseEnabled": "false"})]}
}

test_default_kms_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [queue({})]}
	count(check.deny) == 0 with input as {"resources": [queue({"SqsManagedSseEnabled": false, "KmsMasterKeyId": "alias/aws/sqs"})]}
	count(check.deny) == 0 with input as {"resources": [queue({"SqsManagedSseEnabled": false, "KmsMasterKeyId": {"__unknown__": "Ref Key", "refs": ["Key"], "__ref__": "Key"}})]}
	count(check.deny) == 0 with input as {"resources": [queue({"SqsManagedSseEnabled": {"__unknown__": "Ref S", "refs": ["S"]}})]}
}
