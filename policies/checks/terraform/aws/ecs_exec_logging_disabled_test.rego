package evident.checks.terraform.ecs_exec_logging_disabled_test

import data.evident.checks.terraform.ecs_exec_logging_disabled as check

cluster(name, config) := {"id": concat(".", ["aws_ecs_cluster", name]), "type": "aws_ecs_cluster", "mode": "managed", "config": config}

exec(logging) := {"configuration": [{"execute_command_configuration": [{"logging": logging}]}]}

test_logging_none_is_reported if {
	check.deny == {{
		"resource": "aws_ecs_cluster.records",
		"path": ["config", "configuration", 0, "execute_command_configuration", 0, "logging"],
		"msg": "aws_ecs_cluster.records does not log ECS Exec sessions (execute_command_configuration logging = \"NONE\")",
	}} with input as {"type": "terraform", "resources": [
		cluster("records", exec("NONE")),
		cluster("default", exec("DEFAULT")),
		cluster("override", {"configuration": [{"execute_command_configuration": [{"logging": "OVERRIDE", "log_configuration": [{"cloud_watch_log_group_name": "/ecs/exec"}]}]}]}),
	]}
}

test_blocks_written_as_objects_and_lower_case_are_read if {
	check.deny == {{
		"resource": "aws_ecs_cluster.records",
		"path": ["config", "configuration", "execute_command_configuration", "logging"],
		"msg": "aws_ecs_cluster.records does not log ECS Exec sessions (execute_command_configuration logging = \"NONE\")",
	}} with input as {"type": "terraform", "resources": [cluster("records", {"configuration": {"execute_command_configuration": {"logging": "none"}}})]}
}

test_unset_unknown_and_dynamic_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		cluster("plain", {"name": "plain"}),
		cluster("no_exec", {"configuration": [{"managed_storage_configuration": [{"kms_key_id": "k"}]}]}),
		cluster("no_logging", {"configuration": [{"execute_command_configuration": [{"kms_key_id": "k"}]}]}),
		cluster("variable", exec({"__unknown__": "var.exec_logging", "refs": ["var.exec_logging"]})),
		cluster("dynamic", {"dynamic": {"configuration": [{"for_each": ["x"], "content": [{"execute_command_configuration": [{"logging": "NONE"}]}]}]}}),
	]}
}
