package evident.checks.terraform.lambda_secret_in_environment_test

import data.evident.checks.terraform.lambda_secret_in_environment as check
import data.evident.lib.tf_fixtures_test as tf

fn(name, variables) := tf.res("aws_lambda_function", name, {
	"function_name": name,
	"runtime": "python3.12",
	"environment": [{"variables": variables}],
})

finding(id, name, msg) := {"resource": id, "path": ["config", "environment", 0, "variables", name], "msg": msg, "secret": true}

test_secret_names_and_credential_urls_are_reported if {
	check.deny == {
		finding("aws_lambda_function.api", "DB_PASSWORD", "aws_lambda_function.api sets DB_PASSWORD (a secret by its name) as a literal environment value"),
		finding("aws_lambda_function.api", "DATABASE_URL", "aws_lambda_function.api sets DATABASE_URL (a connection string with an embedded password) as a literal environment value"),
		finding("aws_lambda_function.api", "stripe.api-key", "aws_lambda_function.api sets stripe.api-key (a secret by its name) as a literal environment value"),
		finding("aws_lambda_function.worker", "PAYER_API_TOKEN", "aws_lambda_function.worker sets PAYER_API_TOKEN (a secret by its name) as a literal environment value"),
	} with input as tf.doc([
		fn("api", {
			"DB_PASSWORD": "hunter2-literal",
			"DATABASE_URL": "postgres://app:s3cret@records:5432/clinic",
			"stripe.api-key": "sk-not-real-4f9a",
			"TABLE_NAME": "visits",
			"LOG_LEVEL": "info",
		}),
		fn("worker", {"PAYER_API_TOKEN": "pyr-live-6c1d9e0b7a"}),
	])
}

# An AWS access key ID is reported by its value whatever the variable is called
# (AWS_ACCESS_KEY_ID ends in _ID, which the name test leaves out); a name that
# says secret keeps its reason.
test_access_key_ids_are_reported_by_value if {
	check.deny == {
		finding("aws_lambda_function.sync", "CONFIG_A", "aws_lambda_function.sync sets CONFIG_A (an AWS access key ID) as a literal environment value"),
		finding("aws_lambda_function.sync", "AWS_ACCESS_KEY_ID", "aws_lambda_function.sync sets AWS_ACCESS_KEY_ID (an AWS access key ID) as a literal environment value"),
		finding("aws_lambda_function.sync", "UPSTREAM", "aws_lambda_function.sync sets UPSTREAM (an AWS access key ID) as a literal environment value"),
		finding("aws_lambda_function.sync", "SECRET_KEY", "aws_lambda_function.sync sets SECRET_KEY (a secret by its name) as a literal environment value"),
	} with input as tf.doc([fn("sync", {
		"CONFIG_A": "AKIAIOSFODNN7EXAMPLE",
		"AWS_ACCESS_KEY_ID": "AKIA2OGYBAH6STMMNXNN",
		"UPSTREAM": "key=ASIA2OGYBAH6STMMNXNN",
		"SECRET_KEY": "AKIA2OGYBAH6STMMNXNN",
	})])
}

# Not an access key ID: too long, lower case, inside a longer word, a prefix alone.
test_access_key_lookalikes_pass if {
	count(check.deny) == 0 with input as tf.doc([fn("sync", {
		"A": "AKIA2OGYBAH6STMMNXNNX",
		"B": "AKIA2OGYBAH6stmmnxnn",
		"C": "xAKIA2OGYBAH6STMMNXNN",
		"D": "AKIA",
	})])
}

test_references_locations_and_placeholders_pass if {
	count(check.deny) == 0 with input as tf.doc([fn("api", {
		"DB_PASSWORD": tf.unknown("data.aws_secretsmanager_secret_version.db.secret_string"),
		"API_TOKEN": tf.unknown("data.aws_ssm_parameter.api_token.value"),
		"UPSTREAM_KEY": {"__unknown__": "\"AKIA2OGYBAH6STMMNXNN${var.suffix}\"", "refs": ["var.suffix"]},
		"DB_PASSWORD_SECRET_ARN": "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db",
		"SMTP_PASSWORD": "arn:aws:secretsmanager:eu-west-1:123456789012:secret:smtp",
		"SIGNING_KEY": "/clinic/api/signing-key",
		"TOKEN_URL": "https://auth.example.com/oauth2/token",
		"JWT_SECRET_SSM_PARAMETER": "/clinic/api/jwt",
		"SECRET_NAME": "clinic/api",
		"ACCESS_TOKEN_EXPIRE_MINUTES": "30",
		"API_KEY": "",
		"AUTH_TOKEN": "${TOKEN}",
		"CLIENT_SECRET": "<your-client-secret>",
		"ADMIN_PASSWORD": "changeme",
		"PGPASSWORD": "****",
		"WEBHOOK_SECRET": "short1",
		"PASSWORD_ENABLED": "true",
		"DATABASE_URL": "postgres://app:{password}@records:5432/clinic",
		"PWD": "/var/task",
	})])
}

test_unresolved_maps_and_dynamic_blocks_pass if {
	count(check.deny) == 0 with input as tf.doc([
		fn("merged", {"__unknown__": "merge(var.extra, { DB_PASSWORD = \"hunter2-literal\" })", "refs": ["var.extra"]}),
		fn("from_var", tf.unknown("var.environment")),
		tf.res("aws_lambda_function", "dynamic", {"function_name": "dynamic", "dynamic": {"environment": [{
			"for_each": [1],
			"content": [{"variables": {"DB_PASSWORD": "hunter2-literal"}}],
		}]}}),
		tf.res("aws_lambda_function", "no_environment", {"function_name": "no_environment"}),
		tf.res("aws_lambda_function", "no_variables", {"function_name": "no_variables", "environment": [{}]}),
	])
}

test_other_resource_types_are_not_read if {
	check.deny == {finding("aws_lambda_function.api", "DB_PASSWORD", "aws_lambda_function.api sets DB_PASSWORD (a secret by its name) as a literal environment value")} with input as tf.doc([
		tf.res("aws_lambda_layer_version", "x", {"environment": [{"variables": {"DB_PASSWORD": "hunter2-literal"}}]}),
		fn("api", {"DB_PASSWORD": "hunter2-literal"}),
	])
}

test_plan_values_are_not_code if {
	count(check.deny) == 0 with input as object.union(tf.doc([fn("api", {"DB_PASSWORD": "hunter2-literal"})]), {"format": "plan"})
}

test_committed_secret_variables_are_reported_at_the_variable if {
	check.deny == {
		finding("aws_lambda_function.api", "SMTP_PASSWORD", "aws_lambda_function.api sets SMTP_PASSWORD (a secret by its name) as a literal environment value"),
		finding("aws_lambda_function.api", "UPSTREAM", "aws_lambda_function.api sets UPSTREAM (an AWS access key ID) as a literal environment value"),
	} with input as object.union(
		tf.doc([fn("api", {
			"DB_PASSWORD": "from-default",
			"API_TOKEN": "from-tfvars-1",
			"SMTP_PASSWORD": "from-a-plain-variable",
			"UPSTREAM": "AKIA2OGYBAH6TQ5KXW7N",
		})]),
		{
			"variables": [
				{"id": "var.db_password", "name": "db_password", "file": "v.tf", "startLine": 1, "endLine": 3, "default": "from-default", "value": "from-default"},
				{"id": "var.mail", "name": "mail", "file": "v.tf", "startLine": 5, "endLine": 7, "default": "from-a-plain-variable", "value": "from-a-plain-variable"},
				{"id": "var.upstream_key_id", "name": "upstream_key_id", "file": "v.tf", "startLine": 9, "endLine": 11, "default": "AKIA2OGYBAH6TQ5KXW7N", "value": "AKIA2OGYBAH6TQ5KXW7N"},
			],
			"tfvars": [{"name": "api_token", "value": "from-tfvars-1", "file": "prod.tfvars", "startLine": 1, "endLine": 1}],
		},
	)
}

# camelCase and run-together names (dbPassword, dbpassword) are read like DB_PASSWORD; words that
# merely end in a credential-looking word (bypass) and camelCase settings (passwordFile) are not.
test_camel_case_and_run_together_names if {
	check.deny == {
		finding("aws_lambda_function.api", "dbPassword", "aws_lambda_function.api sets dbPassword (a secret by its name) as a literal environment value"),
		finding("aws_lambda_function.api", "githubtoken", "aws_lambda_function.api sets githubtoken (a secret by its name) as a literal environment value"),
	} with input as tf.doc([fn("api", {
		"dbPassword": "mypassword",
		"githubtoken": "ghp_0123456789abcdef",
		"cacheBypass": "internal-only",
		"passwordFile": "run-secrets-db",
		"apiToken": "${API_TOKEN}",
	})])
}
