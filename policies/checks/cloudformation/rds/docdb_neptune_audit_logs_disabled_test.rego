package evident.checks.cloudformation.docdb_neptune_audit_logs_disabled_test

import data.evident.checks.cloudformation.docdb_neptune_audit_logs_disabled as check

cluster(id, type, props) := {"id": id, "type": type, "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

test_absent_and_null_are_reported_at_the_resource if {
	check.deny == {
		{"resource": "Docs", "msg": "Docs has no EnableCloudwatchLogsExports: the audit log is not sent to CloudWatch"},
		{"resource": "Graph", "msg": "Graph has no EnableCloudwatchLogsExports: the audit log is not sent to CloudWatch"},
	} with input as {"resources": [
		cluster("Docs", "AWS::DocDB::DBCluster", {"StorageEncrypted": true}),
		cluster("Graph", "AWS::Neptune::DBCluster", {"EnableCloudwatchLogsExports": null}),
	]}
}

test_lists_without_audit_are_reported_at_the_property if {
	check.deny == {
		{"resource": "Docs", "path": ["properties", "EnableCloudwatchLogsExports"], "msg": "Docs EnableCloudwatchLogsExports leaves out audit: the audit log is not sent to CloudWatch"},
		{"resource": "Graph", "path": ["properties", "EnableCloudwatchLogsExports"], "msg": "Graph EnableCloudwatchLogsExports leaves out audit: the audit log is not sent to CloudWatch"},
		{"resource": "Empty", "path": ["properties", "EnableCloudwatchLogsExports"], "msg": "Empty EnableCloudwatchLogsExports leaves out audit: the audit log is not sent to CloudWatch"},
	} with input as {"resources": [
		cluster("Docs", "AWS::DocDB::DBCluster", {"EnableCloudwatchLogsExports": ["profiler"]}),
		cluster("Graph", "AWS::Neptune::DBCluster", {"EnableCloudwatchLogsExports": ["slowquery"]}),
		cluster("Empty", "AWS::DocDB::DBCluster", {"EnableCloudwatchLogsExports": []}),
	]}
}

test_audit_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [
		cluster("A", "AWS::DocDB::DBCluster", {"EnableCloudwatchLogsExports": ["audit", "profiler"]}),
		cluster("B", "AWS::Neptune::DBCluster", {"EnableCloudwatchLogsExports": ["audit"]}),
		cluster("C", "AWS::DocDB::DBCluster", {"EnableCloudwatchLogsExports": {"__unknown__": "Ref Logs", "refs": ["Logs"]}}),
		cluster("D", "AWS::Neptune::DBCluster", {"EnableCloudwatchLogsExports": ["slowquery", {"__unknown__": "Ref Extra", "refs": ["Extra"]}]}),
	]}
}

test_other_types_are_ignored if {
	count(check.deny) == 0 with input as {"resources": [cluster("A", "AWS::RDS::DBCluster", {}), cluster("B", "AWS::DocDB::DBInstance", {})]}
}
