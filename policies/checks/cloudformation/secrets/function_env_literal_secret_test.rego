package evident.checks.cloudformation.function_env_literal_secret_test

import data.evident.checks.cloudformation.function_env_literal_secret as check

fn(type, variables) := {"id": "Api", "type": type, "properties": {"Handler": "index.handler", "Environment": {"Variables": variables}}, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

test_secret_names_and_credential_urls_are_reported if {
	check.deny == {
		{"resource": "Api", "path": ["properties", "Environment", "Variables", "DB_PASSWORD"], "msg": "function Api sets DB_PASSWORD (a secret by its name) as a literal environment value", "secret": true},
		{"resource": "Api", "path": ["properties", "Environment", "Variables", "DATABASE_URL"], "msg": "function Api sets DATABASE_URL (a connection string with an embedded password) as a literal environment value", "secret": true},
	} with input as {"resources": [fn("AWS::Lambda::Function", {"DB_PASSWORD": "hunter2", "DATABASE_URL": "postgres://app:s3cret@db:5432/clinic", "TABLE": "visits"})]}
}

test_globals_are_checked if {
	check.deny == {{"resource": "Globals.Function", "path": ["properties", "Environment", "Variables", "API_TOKEN"], "msg": "Globals.Function sets API_TOKEN (a secret by its name) as a literal environment value", "secret": true}} with input as {"resources": [], "globals": [{"id": "Globals.Function", "section": "Function", "properties": {"Environment": {"Variables": {"API_TOKEN": "abc123"}}}, "file": "t.yaml", "startLine": 2, "endLine": 6}]}
}

test_references_dynamic_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [fn("AWS::Serverless::Function", {
		"DB_PASSWORD": {"__unknown__": "Ref DbPassword", "refs": ["DbPassword"]},
		"API_TOKEN": "{{resolve:secretsmanager:api-token}}",
		"SECRET_ARN": "arn:aws:secretsmanager:eu-west-1:1:secret:x",
		"TOKEN_SECRET_NAME": "clinic/token",
		"EMPTY_SECRET": "",
	})]}
}
