package evident.checks.cloudformation.cloudtrail_no_cloudwatch_logs_test

import data.evident.checks.cloudformation.cloudtrail_no_cloudwatch_logs as check

trail(props) := {"id": "Trail", "type": "AWS::CloudTrail::Trail", "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

test_missing_and_null_are_reported if {
	check.deny == {{"resource": "Trail", "msg": "Trail has no CloudWatchLogsLogGroupArn (trail events are not delivered to CloudWatch Logs)"}} with input as {"resources": [trail({"IsLogging": true})]}
	check.deny == {{"resource": "Trail", "msg": "Trail has no CloudWatchLogsLogGroupArn (trail events are not delivered to CloudWatch Logs)"}} with input as {"resources": [trail({"CloudWatchLogsLogGroupArn": null})]}
}

test_empty_is_reported_at_the_property if {
	check.deny == {{"resource": "Trail", "path": ["properties", "CloudWatchLogsLogGroupArn"], "msg": "Trail sets CloudWatchLogsLogGroupArn to an empty string (trail events are not delivered to CloudWatch Logs)"}} with input as {"resources": [trail({"CloudWatchLogsLogGroupArn": ""})]}
}

test_log_group_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [trail({"CloudWatchLogsLogGroupArn": "arn:aws:logs:eu-west-1:123456789012:log-group:trail:*"})]}
	count(check.deny) == 0 with input as {"resources": [trail({"CloudWatchLogsLogGroupArn": {"__unknown__": "Fn::GetAtt TrailLogs.Arn", "refs": ["TrailLogs.Arn"], "__ref__": "TrailLogs"}})]}
	count(check.deny) == 0 with input as {"resources": [trail({"CloudWatchLogsLogGroupArn": {"__unknown__": "Ref LogGroupArn", "refs": ["LogGroupArn"]}})]}
}
