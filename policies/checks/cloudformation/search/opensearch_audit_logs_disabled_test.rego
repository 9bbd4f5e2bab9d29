package evident.checks.cloudformation.opensearch_audit_logs_disabled_test

import data.evident.checks.cloudformation.opensearch_audit_logs_disabled as check

domain(id, type, props) := {"id": id, "type": type, "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

unknown(ref) := {"__unknown__": concat(" ", ["Ref", ref]), "refs": [ref]}

group := "arn:aws:logs:eu-west-1:111122223333:log-group:/aws/opensearch/audit"

test_missing_options_and_entry if {
	check.deny == {
		{"resource": "A", "msg": "A does not publish AUDIT_LOGS (no LogPublishingOptions)"},
		{"resource": "B", "msg": "B does not publish AUDIT_LOGS (no LogPublishingOptions)"},
		{"resource": "C", "path": ["properties", "LogPublishingOptions"], "msg": "C does not publish AUDIT_LOGS (LogPublishingOptions has no AUDIT_LOGS entry)"},
		{"resource": "D", "path": ["properties", "LogPublishingOptions"], "msg": "D does not publish AUDIT_LOGS (LogPublishingOptions has no AUDIT_LOGS entry)"},
	} with input as {"resources": [
		domain("A", "AWS::OpenSearchService::Domain", {}),
		domain("B", "AWS::Elasticsearch::Domain", {"LogPublishingOptions": null}),
		domain("C", "AWS::OpenSearchService::Domain", {"LogPublishingOptions": {"SEARCH_SLOW_LOGS": {"Enabled": true, "CloudWatchLogsLogGroupArn": group}}}),
		domain("D", "AWS::Elasticsearch::Domain", {"LogPublishingOptions": {"AUDIT_LOGS": null}}),
	]}
}

test_entry_disabled_or_without_enabled if {
	check.deny == {
		{"resource": "A", "path": ["properties", "LogPublishingOptions", "AUDIT_LOGS"], "msg": "A does not publish AUDIT_LOGS (the entry does not set Enabled, which defaults to false)"},
		{"resource": "B", "path": ["properties", "LogPublishingOptions", "AUDIT_LOGS", "Enabled"], "msg": "B sets LogPublishingOptions.AUDIT_LOGS.Enabled to false"},
		{"resource": "C", "path": ["properties", "LogPublishingOptions", "AUDIT_LOGS", "Enabled"], "msg": "C sets LogPublishingOptions.AUDIT_LOGS.Enabled to false"},
	} with input as {"resources": [
		domain("A", "AWS::OpenSearchService::Domain", {"LogPublishingOptions": {"AUDIT_LOGS": {"CloudWatchLogsLogGroupArn": group}}}),
		domain("B", "AWS::OpenSearchService::Domain", {"LogPublishingOptions": {"AUDIT_LOGS": {"Enabled": false, "CloudWatchLogsLogGroupArn": group}}}),
		domain("C", "AWS::Elasticsearch::Domain", {"LogPublishingOptions": {"AUDIT_LOGS": {"Enabled": "false"}}}),
	]}
}

test_enabled_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [
		domain("A", "AWS::OpenSearchService::Domain", {"LogPublishingOptions": {"AUDIT_LOGS": {"Enabled": true, "CloudWatchLogsLogGroupArn": group}}}),
		domain("B", "AWS::Elasticsearch::Domain", {"LogPublishingOptions": {"AUDIT_LOGS": {"Enabled": "true", "CloudWatchLogsLogGroupArn": group}}}),
		domain("C", "AWS::OpenSearchService::Domain", {"LogPublishingOptions": {"AUDIT_LOGS": {"Enabled": unknown("Audit")}}}),
		domain("D", "AWS::OpenSearchService::Domain", {"LogPublishingOptions": {"AUDIT_LOGS": unknown("AuditOption")}}),
		domain("E", "AWS::OpenSearchService::Domain", {"LogPublishingOptions": unknown("Logs")}),
	]}
}
