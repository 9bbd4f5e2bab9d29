package evident.checks.cloudformation.sns_topic_unencrypted_test

import data.evident.checks.cloudformation.sns_topic_unencrypted as check

topic(props) := {"id": "Alerts", "type": "AWS::SNS::Topic", "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

test_missing_and_empty_keys_are_reported if {
	check.deny == {{"resource": "Alerts", "msg": "Alerts has no KmsMasterKeyId (messages are not encrypted at rest)"}} with input as {"resources": [topic({})]}
	check.deny == {{"resource": "Alerts", "path": ["properties", "KmsMasterKeyId"], "msg": "Alerts sets an empty KmsMasterKeyId (messages are not encrypted at rest)"}} with input as {"resources": [topic({"KmsMasterKeyId": ""})]}
}

test_key_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [topic({"KmsMasterKeyId": "alias/aws/sns"})]}
	count(check.deny) == 0 with input as {"resources": [topic({"KmsMasterKeyId": {"__unknown__": "Ref K", "refs": ["K"]}})]}
}
