package evident.checks.cloudformation.function_env_tls_disabled_test

import data.evident.checks.cloudformation.function_env_tls_disabled as check

fn(id, type, variables) := {"id": id, "type": type, "properties": {"Handler": "index.handler", "Environment": {"Variables": variables}}, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

task(id, containers) := {"id": id, "type": "AWS::ECS::TaskDefinition", "properties": {"Family": id, "ContainerDefinitions": containers}, "dependsOn": [], "file": "t.yaml", "startLine": 10, "endLine": 30}

globals(variables) := {"id": "Globals.Function", "section": "Function", "properties": {"Environment": {"Variables": variables}}, "file": "t.yaml", "startLine": 2, "endLine": 6}

variable_at(id, name, msg) := {"resource": id, "path": ["properties", "Environment", "Variables", name], "msg": msg}

test_functions_globals_and_containers_are_reported if {
	check.deny == {
		variable_at("Intake", "NODE_TLS_REJECT_UNAUTHORIZED", "function Intake sets NODE_TLS_REJECT_UNAUTHORIZED=0 in its environment, which disables TLS certificate verification"),
		variable_at("Globals.Function", "PGSSLMODE", "Globals.Function sets PGSSLMODE=disable in its environment, which turns TLS off for database connections"),
		{
			"resource": "Reports", "path": ["properties", "ContainerDefinitions", 0, "Environment", 0, "Value"],
			"msg": "container \"reports\" of Reports connects to records.cluster-x.eu-central-1.rds.amazonaws.com with ssl=false (no TLS) through MYSQL_URL in its environment",
		},
	} with input as {
		"resources": [
			fn("Intake", "AWS::Serverless::Function", {"NODE_TLS_REJECT_UNAUTHORIZED": 0, "TABLE": "intake"}),
			task("Reports", [{"Name": "reports", "Environment": [{"Name": "MYSQL_URL", "Value": "mysql://reports@records.cluster-x.eu-central-1.rds.amazonaws.com/records?ssl=false"}]}]),
		],
		"globals": [globals({"PGSSLMODE": "disable"})],
	}
}

test_globals_without_a_sam_function_and_safe_values_pass if {
	count(check.deny) == 0 with input as {"resources": [], "globals": [globals({"PGSSLMODE": "disable"})]}
	count(check.deny) == 0 with input as {"resources": [
		fn("Intake", "AWS::Lambda::Function", {
			"NODE_EXTRA_CA_CERTS": "/var/task/rds-ca.pem",
			"NODE_TLS_REJECT_UNAUTHORIZED": {"__unknown__": "Ref TlsReject", "refs": ["TlsReject"]},
			"PGSSLMODE": "verify-full",
			"DATABASE_URL": "postgres://intake@10.0.3.12/records?sslmode=disable",
		}),
		task("Reports", [{"Name": "reports", "Environment": [{"Name": "DB_SSL", "Value": true}]}]),
	]}
}
