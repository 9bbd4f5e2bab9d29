package evident.checks.terraform.ecs_task_secret_in_environment_test

import data.evident.checks.terraform.ecs_task_secret_in_environment as check
import data.evident.lib.tf_fixtures_test as tf

task(name, definitions) := tf.res("aws_ecs_task_definition", name, {"family": name, "container_definitions": definitions})

env(name, value) := {"name": name, "value": value}

path(i, j) := ["config", "container_definitions", i, "environment", j, "value"]

finding(id, i, j, msg) := {"resource": id, "path": path(i, j), "msg": msg, "secret": true}

test_secret_names_and_credential_urls_in_jsonencode_and_literal_json if {
	check.deny == {
		finding("aws_ecs_task_definition.api", 0, 0, "container \"api\" of aws_ecs_task_definition.api sets DB_PASSWORD (a secret by its name) as a literal environment value"),
		finding("aws_ecs_task_definition.api", 1, 1, "container \"sidecar\" of aws_ecs_task_definition.api sets DATABASE_URL (a connection string with an embedded password) as a literal environment value"),
		finding("aws_ecs_task_definition.worker", 0, 0, "container \"worker\" of aws_ecs_task_definition.worker sets API_TOKEN (a secret by its name) as a literal environment value"),
	} with input as tf.doc([
		# jsonencode() as the parser evaluates it: a JSON string
		task("api", json.marshal([
			{"name": "api", "image": "api:1", "environment": [env("DB_PASSWORD", "hunter2-literal"), env("LOG_LEVEL", "info")]},
			{"name": "sidecar", "image": "proxy:1", "environment": [env("PORT", "8080"), env("DATABASE_URL", "postgres://app:s3cret@records:5432/clinic")]},
		])),
		# a heredoc of literal JSON
		task("worker", "[\n  {\"name\": \"worker\", \"image\": \"worker:1\", \"environment\": [{\"name\": \"API_TOKEN\", \"value\": \"tok-9f2c\"}]}\n]\n"),
	])
}

test_partly_known_jsonencode_and_unnamed_container if {
	check.deny == {finding("aws_ecs_task_definition.api", 0, 1, "container 0 of aws_ecs_task_definition.api sets STRIPE_SECRET_KEY (a secret by its name) as a literal environment value")} with input as tf.doc([task("api", {
		"__unknown__": "jsonencode([...])",
		"refs": ["aws_ecr_repository.api.repository_url", "var.service"],
		"partial": [{
			"name": tf.unknown("var.service"),
			"image": tf.unknown("aws_ecr_repository.api.repository_url"),
			"environment": [env("DB_PASSWORD", tf.unknown("random_password.db.result")), env("STRIPE_SECRET_KEY", "sk-not-real-4f9a")],
		}],
	})])
}

test_secrets_unknown_and_locations_pass if {
	count(check.deny) == 0 with input as tf.doc([
		task("api", json.marshal([{
			"name": "api",
			"environment": [
				env("DB_PASSWORD_SECRET_ARN", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db"),
				env("TOKEN_URL", "https://auth.example.com/oauth2/token"),
				env("OAUTH_TOKEN_ENDPOINT", "https://auth.example.com/token"),
				env("PASSWORD_FILE", "/run/secrets/db"),
				env("SECRET_NAME", "clinic/api"),
				env("API_KEY", ""),
				env("AUTH_TOKEN", "${TOKEN}"),
				env("PWD", "/app"),
				env("RETRIES", "3"),
				{"name": "DB_PASSWORD"},
			],
			"secrets": [{"name": "API_KEY", "valueFrom": "arn:aws:secretsmanager:eu-west-1:123456789012:secret:api"}],
		}])),
		task("from_file", tf.unknown("file(\"containers.json\")")),
		task("not_json", "not json"),
	])
}

test_name_must_be_known if {
	count(check.deny) == 0 with input as tf.doc([task("api", {
		"__unknown__": "jsonencode([...])",
		"refs": ["var.env_name"],
		"partial": [{"name": "api", "environment": [env(tf.unknown("var.env_name"), "postgres://app:s3cret@db:5432/clinic")]}],
	})])
}

test_environment_must_be_a_list if {
	count(check.deny) == 0 with input as tf.doc([task("api", json.marshal([{"name": "api", "environment": {"db": env("DB_PASSWORD", "hunter2")}}]))])
}

test_plan_values_are_not_code if {
	count(check.deny) == 0 with input as object.union(
		tf.doc([task("api", json.marshal([{"name": "api", "environment": [env("DB_PASSWORD", "hunter2")]}]))]),
		{"format": "plan"},
	)
}

test_committed_secret_variables_are_reported_at_the_variable if {
	check.deny == {finding("aws_ecs_task_definition.api", 0, 2, "container \"api\" of aws_ecs_task_definition.api sets SMTP_PASSWORD (a secret by its name) as a literal environment value")} with input as object.union(
		tf.doc([task("api", json.marshal([{"name": "api", "environment": [
			env("DB_PASSWORD", "from-default"),
			env("API_TOKEN", "from-tfvars"),
			env("SMTP_PASSWORD", "from-a-plain-variable"),
		]}]))]),
		{
			"variables": [
				{"id": "var.db_password", "name": "db_password", "file": "v.tf", "startLine": 1, "endLine": 3, "default": "from-default", "value": "from-default"},
				{"id": "var.mail", "name": "mail", "file": "v.tf", "startLine": 5, "endLine": 7, "default": "from-a-plain-variable", "value": "from-a-plain-variable"},
			],
			"tfvars": [{"name": "api_token", "value": "from-tfvars", "file": "prod.tfvars", "startLine": 1, "endLine": 1}],
		},
	)
}

# camelCase and run-together names (dbPassword, dbpassword) are read like DB_PASSWORD; words that
# merely end in a credential-looking word (bypass) and camelCase settings (tokenUrl) are not.
test_camel_case_and_run_together_names if {
	check.deny == {
		finding("aws_ecs_task_definition.api", 0, 0, "container \"api\" of aws_ecs_task_definition.api sets clientSecret (a secret by its name) as a literal environment value"),
		finding("aws_ecs_task_definition.api", 0, 1, "container \"api\" of aws_ecs_task_definition.api sets dbpassword (a secret by its name) as a literal environment value"),
	} with input as tf.doc([task("api", json.marshal([{"name": "api", "image": "api:1", "environment": [
		env("clientSecret", "aB3dE5gH7jK9"),
		env("dbpassword", "hunter2-literal"),
		env("proxyBypass", "localhost"),
		env("tokenUrl", "https://auth.example.com/oauth2/token"),
	]}]))])
}
