package evident.checks.terraform.function_env_tls_disabled_test

import data.evident.checks.terraform.function_env_tls_disabled as check
import data.evident.lib.tf_fixtures_test as tf

fn(name, variables) := tf.res("aws_lambda_function", name, {"function_name": name, "runtime": "nodejs20.x", "environment": [{"variables": variables}]})

task(name, definitions) := tf.res("aws_ecs_task_definition", name, {"family": name, "container_definitions": definitions})

at(id, path, msg) := {"resource": id, "path": path, "msg": msg}

test_function_and_container_environments_are_reported if {
	check.deny == {
		at("aws_lambda_function.intake", ["config", "environment", 0, "variables", "NODE_TLS_REJECT_UNAUTHORIZED"], "aws_lambda_function.intake sets NODE_TLS_REJECT_UNAUTHORIZED=0 in its environment, which disables TLS certificate verification"),
		at("aws_lambda_function.intake", ["config", "environment", 0, "variables", "PGSSLMODE"], "aws_lambda_function.intake sets PGSSLMODE=disable in its environment, which turns TLS off for database connections"),
		at("aws_ecs_task_definition.reports", ["config", "container_definitions", 0, "environment", 1, "value"], "container \"reports\" of aws_ecs_task_definition.reports connects to records.cluster-x.eu-central-1.rds.amazonaws.com with sslmode=disable (no TLS) through DATABASE_URL in its environment"),
	} with input as tf.doc([
		fn("intake", {"NODE_TLS_REJECT_UNAUTHORIZED": 0, "PGSSLMODE": "disable", "TABLE": "intake", "DB_SSL": true}),
		task("reports", json.marshal([{"name": "reports", "image": "reports:1.2.0", "environment": [
			{"name": "LOG_LEVEL", "value": "info"},
			{"name": "DATABASE_URL", "value": "postgres://reports@records.cluster-x.eu-central-1.rds.amazonaws.com:5432/records?sslmode=disable"},
		]}])),
	])
}

test_verified_local_and_unknown_values_pass if {
	count(check.deny) == 0 with input as tf.doc([
		fn("intake", {
			"NODE_EXTRA_CA_CERTS": "/var/task/rds-ca.pem",
			"PGSSLMODE": "verify-full",
			"NODE_TLS_REJECT_UNAUTHORIZED": {"__unknown__": "var.tls_reject", "refs": ["var.tls_reject"]},
			"DATABASE_URL": "postgres://intake@10.0.3.12:5432/records?sslmode=disable",
		}),
		tf.res("aws_lambda_function", "from_variable", {"environment": [{"variables": {"__unknown__": "var.env", "refs": ["var.env"]}}]}),
		task("reports", {"__unknown__": "file(\"containers.json\")", "refs": []}),
	])
}
