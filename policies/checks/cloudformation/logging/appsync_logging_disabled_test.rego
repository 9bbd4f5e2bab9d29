package evident.checks.cloudformation.appsync_logging_disabled_test

import data.evident.checks.cloudformation.appsync_logging_disabled as check

api(id, properties) := {"id": id, "type": "AWS::AppSync::GraphQLApi", "properties": properties}

test_an_api_without_log_config_is_reported if {
	check.deny == {{"resource": "RecordsApi", "msg": "RecordsApi has no LogConfig (GraphQL requests are not logged)"}} with input as {"type": "cloudformation", "resources": [
		api("RecordsApi", {"Name": "records", "AuthenticationType": "AMAZON_COGNITO_USER_POOLS"}),
		api("AuditedApi", {"Name": "audited", "AuthenticationType": "AWS_IAM", "LogConfig": {"CloudWatchLogsRoleArn": "arn:aws:iam::123456789012:role/l", "FieldLogLevel": "NONE"}}),
		api("ConditionalApi", {"Name": "c", "AuthenticationType": "AWS_IAM", "LogConfig": {"__unknown__": "Fn::If Logging", "refs": []}}),
	]}
}
