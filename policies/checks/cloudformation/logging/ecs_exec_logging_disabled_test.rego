package evident.checks.cloudformation.ecs_exec_logging_disabled_test

import data.evident.checks.cloudformation.ecs_exec_logging_disabled as check

cluster(id, properties) := {"id": id, "type": "AWS::ECS::Cluster", "properties": properties}

exec(logging) := {"Configuration": {"ExecuteCommandConfiguration": {"Logging": logging}}}

test_logging_none_is_reported if {
	check.deny == {{
		"resource": "RecordsCluster",
		"path": ["properties", "Configuration", "ExecuteCommandConfiguration", "Logging"],
		"msg": "RecordsCluster does not log ECS Exec sessions (ExecuteCommandConfiguration Logging: NONE)",
	}} with input as {"type": "cloudformation", "resources": [
		cluster("RecordsCluster", exec("NONE")),
		cluster("DefaultCluster", exec("DEFAULT")),
		cluster("OverrideCluster", {"Configuration": {"ExecuteCommandConfiguration": {"Logging": "OVERRIDE", "LogConfiguration": {"CloudWatchLogGroupName": "/ecs/exec"}}}}),
	]}
}

test_unset_and_unknown_pass if {
	count(check.deny) == 0 with input as {"type": "cloudformation", "resources": [
		cluster("Plain", {"ClusterName": "plain"}),
		cluster("NoLogging", {"Configuration": {"ExecuteCommandConfiguration": {"KmsKeyId": "k"}}}),
		cluster("Parameter", exec({"__unknown__": "Ref ExecLogging", "refs": ["ExecLogging"]})),
		cluster("Conditional", {"Configuration": {"__unknown__": "Fn::If Audited", "refs": []}}),
	]}
}
