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
	check.deny == {{"resource": "Globals.Function", "path": ["properties", "Environment", "Variables", "API_TOKEN"], "msg": "Globals.Function sets API_TOKEN (a secret by its name) as a literal environment value", "secret": true}} with input as {"resources": [], "globals": [{"id": "Globals.Function", "section": "Function", "properties": {"Environment": {"Variables": {"API_TOKEN": "tok_9f2KqL7xV3mZ8wP1"}}}, "file": "t.yaml", "startLine": 2, "endLine": 6}]}
}

test_references_dynamic_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [fn("AWS::Serverless::Function", {
		"DB_PASSWORD": {"__unknown__": "Ref DbPassword", "refs": ["DbPassword"]},
		"API_TOKEN": "{{resolve:secretsmanager:api-token}}",
		"SECRET_ARN": "arn:aws:secretsmanager:eu-west-1:1:secret:x",
		"TOKEN_SECRET_NAME": "clinic/token",
		"EMPTY_SECRET": "",
		"DB_PASS": "changeme",
		"ADMIN_PASSWORD": "<set me>",
		"PIN_TOKEN": "abc",
	})]}
}

# An AWS access key ID is reported by its value whatever the variable is called
# (AWS_ACCESS_KEY_ID ends in _ID, which the name test leaves out); a name that
# says secret keeps its reason.
test_access_key_ids_are_reported_by_value if {
	check.deny == {
		{"resource": "Api", "path": ["properties", "Environment", "Variables", "CONFIG_A"], "msg": "function Api sets CONFIG_A (an AWS access key ID) as a literal environment value", "secret": true},
		{"resource": "Api", "path": ["properties", "Environment", "Variables", "AWS_ACCESS_KEY_ID"], "msg": "function Api sets AWS_ACCESS_KEY_ID (an AWS access key ID) as a literal environment value", "secret": true},
		{"resource": "Api", "path": ["properties", "Environment", "Variables", "UPSTREAM"], "msg": "function Api sets UPSTREAM (an AWS access key ID) as a literal environment value", "secret": true},
		{"resource": "Api", "path": ["properties", "Environment", "Variables", "SECRET_KEY"], "msg": "function Api sets SECRET_KEY (a secret by its name) as a literal environment value", "secret": true},
	} with input as {"resources": [fn("AWS::Lambda::Function", {
		"CONFIG_A": "AKIAIOSFODNN7EXAMPLE",
		"AWS_ACCESS_KEY_ID": "AKIA2OGYBAH6STMMNXNN",
		"UPSTREAM": "key=ASIA2OGYBAH6STMMNXNN",
		"SECRET_KEY": "AKIA2OGYBAH6STMMNXNN",
	})]}
}

# Not an access key ID: too long, lower case, inside a longer word, a reference.
test_access_key_lookalikes_pass if {
	count(check.deny) == 0 with input as {"resources": [fn("AWS::Serverless::Function", {
		"A": "AKIA2OGYBAH6STMMNXNNX",
		"B": "AKIA2OGYBAH6stmmnxnn",
		"C": "xAKIA2OGYBAH6STMMNXNN",
		"D": "AKIA",
		"E": {"__unknown__": "Fn::Sub AKIA2OGYBAH6STMMNXNN${Suffix}", "refs": ["Suffix"], "template": "AKIA2OGYBAH6STMMNXNN${Suffix}"},
	})]}
}

# camelCase and run-together names (dbPassword, dbpassword) are read like DB_PASSWORD; words that
# merely end in a credential-looking word (bypass) and camelCase settings (passwordFile) are not.
test_camel_case_and_run_together_names if {
	check.deny == {
		{"resource": "Api", "path": ["properties", "Environment", "Variables", "dbPassword"], "msg": "function Api sets dbPassword (a secret by its name) as a literal environment value", "secret": true},
		{"resource": "Api", "path": ["properties", "Environment", "Variables", "dbpassword"], "msg": "function Api sets dbpassword (a secret by its name) as a literal environment value", "secret": true},
		{"resource": "Api", "path": ["properties", "Environment", "Variables", "slackApiToken"], "msg": "function Api sets slackApiToken (a secret by its name) as a literal environment value", "secret": true},
	} with input as {"resources": [fn("AWS::Serverless::Function", {
		"dbPassword": "mypassword",
		"dbpassword": "mypassword",
		"slackApiToken": "xoxb-1234-5678-abcdEFGH",
		"cacheBypass": "internal-only",
		"passwordFile": "run-secrets-db",
		"apiTokenSecretArn": "arn:aws:secretsmanager:eu-west-1:1:secret:x",
		"jwtSecret": "changeme",
	})]}
}
