package evident.checks.cloudformation.ecs_task_host_namespaces_test

import data.evident.checks.cloudformation.ecs_task_host_namespaces as check

task(id, properties) := {"id": id, "type": "AWS::ECS::TaskDefinition", "properties": properties}

test_each_host_namespace_is_reported if {
	check.deny == {
		{
			"resource": "AgentTask",
			"path": ["properties", "NetworkMode"],
			"msg": "AgentTask shares the host's network namespace (NetworkMode: host)",
		},
		{
			"resource": "AgentTask",
			"path": ["properties", "PidMode"],
			"msg": "AgentTask shares the host's process (PID) namespace (PidMode: host)",
		},
		{
			"resource": "CacheTask",
			"path": ["properties", "IpcMode"],
			"msg": "CacheTask shares the host's IPC namespace (IpcMode: host)",
		},
	} with input as {"type": "cloudformation", "resources": [
		task("AgentTask", {"NetworkMode": "host", "PidMode": "host"}),
		task("CacheTask", {"NetworkMode": "awsvpc", "IpcMode": "host"}),
	]}
}

test_task_modes_defaults_and_unknowns_pass if {
	count(check.deny) == 0 with input as {"type": "cloudformation", "resources": [
		task("A", {}),
		task("B", {"NetworkMode": "awsvpc", "PidMode": "task", "IpcMode": "none"}),
		task("C", {"NetworkMode": "bridge"}),
		task("D", {"NetworkMode": {"__unknown__": "Ref NetworkMode", "refs": ["NetworkMode"]}}),
	]}
}
