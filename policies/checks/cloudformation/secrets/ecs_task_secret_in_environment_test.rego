package evident.checks.cloudformation.ecs_task_secret_in_environment_test

import data.evident.checks.cloudformation.ecs_task_secret_in_environment as check

task(id, containers) := {"id": id, "type": "AWS::ECS::TaskDefinition", "properties": {"Family": id, "ContainerDefinitions": containers}, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 20}

env(name, value) := {"Name": name, "Value": value}

unknown(expr, ref) := {"__unknown__": expr, "refs": [ref]}

finding(i, j, msg) := {"resource": "Api", "path": ["properties", "ContainerDefinitions", i, "Environment", j, "Value"], "msg": msg, "secret": true}

test_secret_names_and_credential_urls_are_reported if {
	check.deny == {
		finding(0, 0, "container \"api\" of Api sets DB_PASSWORD (a secret by its name) as a literal environment value"),
		finding(1, 1, "container \"migrate\" of Api sets DATABASE_URL (a connection string with an embedded password) as a literal environment value"),
	} with input as {"resources": [task("Api", [
		{"Name": "api", "Image": "api:1", "Environment": [env("DB_PASSWORD", "hunter2-literal"), env("LOG_LEVEL", "info")]},
		{"Name": "migrate", "Image": "migrate:4", "Environment": [env("PORT", "8080"), env("DATABASE_URL", "postgres://app:s3cret@records:5432/clinic")]},
	])]}
}

test_unnamed_container if {
	check.deny == {finding(0, 0, "container 0 of Api sets API_TOKEN (a secret by its name) as a literal environment value")} with input as {"resources": [task("Api", [{"Name": unknown("Ref ServiceName", "ServiceName"), "Environment": [env("API_TOKEN", "tok-9f2c")]}])]}
}

test_secrets_references_and_locations_pass if {
	count(check.deny) == 0 with input as {"resources": [task("Api", [{
		"Name": "api",
		"Environment": [
			env("DB_PASSWORD", unknown("Ref DbPassword", "DbPassword")),
			env("API_TOKEN", "{{resolve:secretsmanager:clinic/api-token}}"),
			env("CLIENT_SECRET", {"__unknown__": "Ref Secret", "refs": ["Secret"], "__ref__": "Secret"}),
			env("DB_PASSWORD_SECRET_ARN", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db"),
			env("TOKEN_URL", "https://auth.example.com/oauth2/token"),
			env("OAUTH_TOKEN_ENDPOINT", "https://auth.example.com/token"),
			env("PASSWORD_FILE", "/run/secrets/db"),
			env("SMTP_PASSWORD", ""),
			env("RETRIES", "3"),
			{"Name": "SIGNING_SECRET"},
		],
		"Secrets": [{"Name": "API_KEY", "ValueFrom": "arn:aws:secretsmanager:eu-west-1:123456789012:secret:api"}],
	}])]}
}

test_name_must_be_known if {
	count(check.deny) == 0 with input as {"resources": [task("Api", [{"Name": "api", "Environment": [env(unknown("Ref VariableName", "VariableName"), "postgres://app:s3cret@db:5432/clinic")]}])]}
}

test_unknown_definitions_pass if {
	count(check.deny) == 0 with input as {"resources": [task("Api", unknown("Fn::If UseProxy", "UseProxy"))]}
}

# camelCase and run-together names (dbPassword, dbpassword) are read like DB_PASSWORD; words that
# merely end in a credential-looking word (bypass) and camelCase settings (tokenUrl) are not.
test_camel_case_and_run_together_names if {
	check.deny == {
		finding(0, 0, "container \"api\" of Api sets dbPassword (a secret by its name) as a literal environment value"),
		finding(0, 1, "container \"api\" of Api sets mysqlrootpassword (a secret by its name) as a literal environment value"),
	} with input as {"resources": [task("Api", [{"Name": "api", "Environment": [
		env("dbPassword", "hunter2-literal"),
		env("mysqlrootpassword", "hunter2-literal"),
		env("proxyBypass", "localhost"),
		env("tokenUrl", "https://auth.example.com/oauth2/token"),
		env("dbPasswordSecretArn", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db"),
	]}])]}
}
