package evident.checks.terraform.ecs_container_privileged_test

import data.evident.checks.terraform.ecs_container_privileged as check

resource(type, name, config) := {
	"id": concat(".", [type, name]), "mode": "managed", "type": type, "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": config,
}

test_privileged_ecs_containers_are_reported if {
	check.deny == {
		{
			"resource": "aws_ecs_task_definition.scanner",
			"path": ["config", "container_definitions", 1, "privileged"],
			"msg": "container \"clamav\" of aws_ecs_task_definition.scanner runs privileged (privileged = true)",
		},
		{
			"resource": "aws_ecs_task_definition.partial",
			"path": ["config", "container_definitions", 0, "privileged"],
			"msg": "container 0 of aws_ecs_task_definition.partial runs privileged (privileged = true)",
		},
	} with input as {"type": "terraform", "resources": [
		resource("aws_ecs_task_definition", "scanner", {"container_definitions": `[{"name":"app","privileged":false},{"name":"clamav","privileged":true}]`}),
		resource("aws_ecs_task_definition", "partial", {"container_definitions": {
			"__unknown__": "jsonencode([...])", "refs": ["aws_ecr_repository.app.repository_url"],
			"partial": [{"image": {"__unknown__": "aws_ecr_repository.app.repository_url"}, "privileged": true}],
		}}),
	]}
}

test_privileged_batch_jobs_are_reported if {
	check.deny == {
		{
			"resource": "aws_batch_job_definition.etl",
			"path": ["config", "container_properties", "privileged"],
			"msg": "aws_batch_job_definition.etl runs its container privileged (privileged = true)",
		},
		{
			"resource": "aws_batch_job_definition.partial",
			"path": ["config", "container_properties", "privileged"],
			"msg": "aws_batch_job_definition.partial runs its container privileged (privileged = true)",
		},
	} with input as {"type": "terraform", "resources": [
		resource("aws_batch_job_definition", "etl", {"container_properties": `{"image":"etl:1","privileged":true}`}),
		resource("aws_batch_job_definition", "partial", {"container_properties": {
			"__unknown__": "jsonencode({...})", "refs": ["var.image"],
			"partial": {"image": {"__unknown__": "var.image"}, "privileged": true},
		}}),
	]}
}

test_unprivileged_and_unknown_definitions_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		resource("aws_ecs_task_definition", "a", {"container_definitions": `[{"name":"app"}]`}),
		resource("aws_ecs_task_definition", "b", {"container_definitions": `[{"name":"app","privileged":false}]`}),
		resource("aws_ecs_task_definition", "c", {"container_definitions": {"__unknown__": "file(\"containers.json\")", "refs": []}}),
		resource("aws_ecs_task_definition", "d", {"container_definitions": {
			"__unknown__": "jsonencode([...])", "refs": ["var.privileged"],
			"partial": [{"name": "app", "privileged": {"__unknown__": "var.privileged"}}],
		}}),
		resource("aws_batch_job_definition", "e", {"container_properties": `{"image":"etl:1"}`}),
		resource("aws_batch_job_definition", "f", {"type": "container"}),
		resource("aws_batch_job_definition", "g", {"container_properties": "not json"}),
	]}
}
