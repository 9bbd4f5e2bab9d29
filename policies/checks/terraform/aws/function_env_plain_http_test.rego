package evident.checks.terraform.function_env_plain_http_test

import data.evident.checks.terraform.function_env_plain_http as check
import data.evident.lib.tf_fixtures_test as tf

fn(name, variables) := tf.res("aws_lambda_function", name, {"function_name": name, "runtime": "python3.12", "environment": [{"variables": variables}]})

test_remote_http_is_reported if {
	check.deny == {
		{"resource": "aws_lambda_function.referrals", "path": ["config", "environment", 0, "variables", "FHIR_BASE_URL"], "msg": "aws_lambda_function.referrals points FHIR_BASE_URL at http://fhir.partner-hospital.org over plain HTTP"},
		{"resource": "aws_ecs_task_definition.sync", "path": ["config", "container_definitions", 0, "environment", 0, "value"], "msg": "container 0 of aws_ecs_task_definition.sync points LAB_API at http://api.partner-lab.com over plain HTTP"},
	} with input as tf.doc([
		fn("referrals", {"FHIR_BASE_URL": "http://fhir.partner-hospital.org/r4", "AUTH_URL": "https://login.partner-hospital.org"}),
		tf.res("aws_ecs_task_definition", "sync", {"family": "sync", "container_definitions": json.marshal([{"image": "sync:3.1.0", "environment": [{"name": "LAB_API", "value": "http://api.partner-lab.com/v2"}]}])}),
	])
}

test_https_and_private_hosts_pass if {
	count(check.deny) == 0 with input as tf.doc([fn("referrals", {
		"FHIR_BASE_URL": "https://fhir.partner-hospital.org/r4",
		"INTERNAL_API": "http://10.0.4.20:8080",
		"VPCE_URL": "http://api.clinic.internal",
	})])
}
