package evident.checks.cloudformation.docdb_neptune_audit_logs_disabled_test

import data.evident.checks.cloudformation.docdb_neptune_audit_logs_disabled as check

cluster(id, type, props) := {"id": id, "type": type, "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

group(id, type, props) := {"id": id, "type": type, "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 10, "endLine": 14}

ref(id) := {"__unknown__": concat(" ", ["Ref", id]), "refs": [id], "__ref__": id}

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
		cluster("A", "AWS::DocDB::DBCluster", {"EnableCloudwatchLogsExports": ["audit", "profiler"], "DBClusterParameterGroupName": ref("Audited")}),
		group("Audited", "AWS::DocDB::DBClusterParameterGroup", {"Parameters": {"audit_logs": "enabled", "tls": "enabled"}}),
		cluster("B", "AWS::Neptune::DBCluster", {"EnableCloudwatchLogsExports": ["audit"], "DBClusterParameterGroupName": "graph-audited"}),
		group("GraphAudited", "AWS::Neptune::DBClusterParameterGroup", {"Name": "graph-audited", "Parameters": {"neptune_enable_audit_log": 1}}),
		cluster("C", "AWS::DocDB::DBCluster", {"EnableCloudwatchLogsExports": {"__unknown__": "Ref Logs", "refs": ["Logs"]}}),
		cluster("D", "AWS::Neptune::DBCluster", {"EnableCloudwatchLogsExports": ["slowquery", {"__unknown__": "Ref Extra", "refs": ["Extra"]}]}),
	]}
}

test_other_types_are_ignored if {
	count(check.deny) == 0 with input as {"resources": [cluster("A", "AWS::RDS::DBCluster", {}), cluster("B", "AWS::DocDB::DBInstance", {})]}
}

test_audit_exported_with_the_default_group_is_reported if {
	check.deny == {
		{"resource": "Docs", "msg": "Docs exports its audit log but uses a default cluster parameter group, where audit_logs is off: the log stays empty"},
		{"resource": "Graph", "msg": "Graph exports its audit log but uses a default cluster parameter group, where neptune_enable_audit_log is off: the log stays empty"},
		{"resource": "Legacy", "msg": "Legacy exports its audit log but uses a default cluster parameter group, where audit_logs is off: the log stays empty"},
	} with input as {"resources": [
		cluster("Docs", "AWS::DocDB::DBCluster", {"EnableCloudwatchLogsExports": ["audit"]}),
		cluster("Graph", "AWS::Neptune::DBCluster", {"EnableCloudwatchLogsExports": ["audit", "slowquery"]}),
		cluster("Legacy", "AWS::DocDB::DBCluster", {"EnableCloudwatchLogsExports": ["audit"], "DBClusterParameterGroupName": "default.docdb3.6"}),
	]}
}

test_audit_exported_with_a_group_that_leaves_it_off_is_reported if {
	check.deny == {
		{
			"resource": "Docs", "path": ["properties", "DBClusterParameterGroupName"],
			"msg": "Docs exports its audit log but its parameter group TlsOnly does not turn audit_logs on: the log stays empty",
		},
		{
			"resource": "Archive", "path": ["properties", "DBClusterParameterGroupName"],
			"msg": "Archive exports its audit log but its parameter group Off does not turn audit_logs on: the log stays empty",
		},
		{
			"resource": "Graph", "path": ["properties", "DBClusterParameterGroupName"],
			"msg": "Graph exports its audit log but its parameter group Zero does not turn neptune_enable_audit_log on: the log stays empty",
		},
	} with input as {"resources": [
		cluster("Docs", "AWS::DocDB::DBCluster", {"EnableCloudwatchLogsExports": ["audit"], "DBClusterParameterGroupName": ref("TlsOnly")}),
		group("TlsOnly", "AWS::DocDB::DBClusterParameterGroup", {"Parameters": {"tls": "enabled"}}),
		cluster("Archive", "AWS::DocDB::DBCluster", {"EnableCloudwatchLogsExports": ["audit"], "DBClusterParameterGroupName": "archive-off"}),
		group("Off", "AWS::DocDB::DBClusterParameterGroup", {"Name": "archive-off", "Parameters": {"audit_logs": "disabled"}}),
		cluster("Graph", "AWS::Neptune::DBCluster", {"EnableCloudwatchLogsExports": ["audit"], "DBClusterParameterGroupName": ref("Zero")}),
		group("Zero", "AWS::Neptune::DBClusterParameterGroup", {"Parameters": {"neptune_enable_audit_log": "0"}}),
	]}
}

test_groups_not_known_here_pass if {
	count(check.deny) == 0 with input as {"resources": [
		cluster("A", "AWS::DocDB::DBCluster", {"EnableCloudwatchLogsExports": ["audit"], "DBClusterParameterGroupName": "made-elsewhere"}),
		cluster("B", "AWS::DocDB::DBCluster", {"EnableCloudwatchLogsExports": ["audit"], "DBClusterParameterGroupName": ref("GroupParameter")}),
		cluster("C", "AWS::DocDB::DBCluster", {"EnableCloudwatchLogsExports": ["audit"], "DBClusterParameterGroupName": ref("Unknown")}),
		group("Unknown", "AWS::DocDB::DBClusterParameterGroup", {"Parameters": {"__unknown__": "Ref Parameters", "refs": ["Parameters"]}}),
		cluster("D", "AWS::DocDB::DBCluster", {"EnableCloudwatchLogsExports": ["audit"], "DBClusterParameterGroupName": ref("Value")}),
		group("Value", "AWS::DocDB::DBClusterParameterGroup", {"Parameters": {"audit_logs": {"__unknown__": "Ref Audit", "refs": ["Audit"]}}}),
		cluster("E", "AWS::DocDB::DBCluster", {"EnableCloudwatchLogsExports": ["audit"], "DBClusterParameterGroupName": ref("Kinds")}),
		group("Kinds", "AWS::DocDB::DBClusterParameterGroup", {"Parameters": {"audit_logs": "ddl,dml_write,authentication"}}),
	]}
}
