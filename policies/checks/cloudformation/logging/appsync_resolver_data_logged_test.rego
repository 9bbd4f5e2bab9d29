package evident.checks.cloudformation.appsync_resolver_data_logged_test

import data.evident.checks.cloudformation.appsync_resolver_data_logged as check

api(id, log_config) := {"id": id, "type": "AWS::AppSync::GraphQLApi", "properties": {"Name": id, "LogConfig": log_config}}

test_all_without_excluding_verbose_content_is_reported if {
	check.deny == {
		{"resource": "RecordsApi", "path": ["properties", "LogConfig", "FieldLogLevel"], "msg": "RecordsApi logs every resolver's request and response data (FieldLogLevel ALL without ExcludeVerboseContent true)"},
		{"resource": "ClaimsApi", "path": ["properties", "LogConfig", "FieldLogLevel"], "msg": "ClaimsApi logs every resolver's request and response data (FieldLogLevel ALL without ExcludeVerboseContent true)"},
	} with input as {"type": "cloudformation", "resources": [
		api("RecordsApi", {"CloudWatchLogsRoleArn": "arn:aws:iam::123456789012:role/l", "FieldLogLevel": "ALL"}),
		api("ClaimsApi", {"FieldLogLevel": "ALL", "ExcludeVerboseContent": "false"}),
	]}
}

test_other_levels_excluded_content_and_unknowns_pass if {
	count(check.deny) == 0 with input as {"type": "cloudformation", "resources": [
		api("A", {"FieldLogLevel": "ERROR"}),
		api("B", {"FieldLogLevel": "ALL", "ExcludeVerboseContent": true}),
		api("C", {"FieldLogLevel": {"__unknown__": "Ref Level", "refs": ["Level"]}}),
		api("D", {"FieldLogLevel": "ALL", "ExcludeVerboseContent": {"__unknown__": "Ref Exclude", "refs": ["Exclude"]}}),
		api("E", {"__unknown__": "Fn::If Verbose", "refs": []}),
	]}
}
