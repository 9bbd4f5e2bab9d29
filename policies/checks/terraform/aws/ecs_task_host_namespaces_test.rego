package evident.checks.terraform.ecs_task_host_namespaces_test

import data.evident.checks.terraform.ecs_task_host_namespaces as check

task(name, config) := {
	"id": concat(".", ["aws_ecs_task_definition", name]), "mode": "managed", "type": "aws_ecs_task_definition", "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": config,
}

test_each_host_namespace_is_reported if {
	check.deny == {
		{
			"resource": "aws_ecs_task_definition.agent",
			"path": ["config", "network_mode"],
			"msg": "aws_ecs_task_definition.agent shares the host's network namespace (network_mode = \"host\")",
		},
		{
			"resource": "aws_ecs_task_definition.agent",
			"path": ["config", "pid_mode"],
			"msg": "aws_ecs_task_definition.agent shares the host's process (PID) namespace (pid_mode = \"host\")",
		},
		{
			"resource": "aws_ecs_task_definition.cache",
			"path": ["config", "ipc_mode"],
			"msg": "aws_ecs_task_definition.cache shares the host's IPC namespace (ipc_mode = \"host\")",
		},
	} with input as {"type": "terraform", "resources": [
		task("agent", {"network_mode": "host", "pid_mode": "host"}),
		task("cache", {"network_mode": "awsvpc", "ipc_mode": "host"}),
	]}
}

test_task_modes_defaults_and_unknowns_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		task("a", {}),
		task("b", {"network_mode": "awsvpc", "pid_mode": "task", "ipc_mode": "none"}),
		task("c", {"network_mode": "bridge"}),
		task("d", {"network_mode": {"__unknown__": "var.network_mode", "refs": ["var.network_mode"]}}),
	]}
}
