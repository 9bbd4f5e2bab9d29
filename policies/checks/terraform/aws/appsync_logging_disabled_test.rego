package evident.checks.terraform.appsync_logging_disabled_test

import data.evident.checks.terraform.appsync_logging_disabled as check

api(name, config) := {"id": concat(".", ["aws_appsync_graphql_api", name]), "type": "aws_appsync_graphql_api", "mode": "managed", "config": config}

test_an_api_without_log_config_is_reported if {
	check.deny == {{"resource": "aws_appsync_graphql_api.records", "msg": "aws_appsync_graphql_api.records has no log_config (GraphQL requests are not logged)"}} with input as {"type": "terraform", "resources": [
		api("records", {"name": "records", "authentication_type": "AMAZON_COGNITO_USER_POOLS"}),
		api("audited", {"name": "audited", "authentication_type": "AWS_IAM", "log_config": [{"cloudwatch_logs_role_arn": "arn:aws:iam::123456789012:role/appsync-logs", "field_log_level": "NONE"}]}),
	]}
}

test_log_config_written_as_an_object_or_dynamic_passes if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		api("a", {"name": "a", "log_config": {"cloudwatch_logs_role_arn": "arn:aws:iam::123456789012:role/l", "field_log_level": "ERROR"}}),
		api("b", {"name": "b", "dynamic": {"log_config": [{"for_each": {"__unknown__": "var.logging", "refs": ["var.logging"]}, "content": {}}]}}),
	]}
}
