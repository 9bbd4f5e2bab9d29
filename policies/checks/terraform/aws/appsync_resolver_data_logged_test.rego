package evident.checks.terraform.appsync_resolver_data_logged_test

import data.evident.checks.terraform.appsync_resolver_data_logged as check

api(name, log_config) := {"id": concat(".", ["aws_appsync_graphql_api", name]), "type": "aws_appsync_graphql_api", "mode": "managed", "config": {"name": name, "log_config": log_config}}

msg(id) := concat("", [id, " logs every resolver's request and response data (field_log_level = ALL without exclude_verbose_content = true)"])

test_all_without_excluding_verbose_content_is_reported if {
	check.deny == {
		{"resource": "aws_appsync_graphql_api.records", "path": ["config", "log_config", 0, "field_log_level"], "msg": msg("aws_appsync_graphql_api.records")},
		{"resource": "aws_appsync_graphql_api.claims", "path": ["config", "log_config", "field_log_level"], "msg": msg("aws_appsync_graphql_api.claims")},
	} with input as {"type": "terraform", "resources": [
		api("records", [{"cloudwatch_logs_role_arn": "arn:aws:iam::123456789012:role/l", "field_log_level": "ALL"}]),
		api("claims", {"cloudwatch_logs_role_arn": "arn:aws:iam::123456789012:role/l", "field_log_level": "ALL", "exclude_verbose_content": "false"}),
	]}
}

test_other_levels_excluded_content_and_unknowns_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		api("a", [{"field_log_level": "ERROR"}]),
		api("b", [{"field_log_level": "NONE"}]),
		api("c", [{"field_log_level": "ALL", "exclude_verbose_content": true}]),
		api("d", [{"field_log_level": {"__unknown__": "var.level", "refs": ["var.level"]}}]),
		api("e", [{"field_log_level": "ALL", "exclude_verbose_content": {"__unknown__": "var.exclude", "refs": ["var.exclude"]}}]),
	]}
}
