package evident.checks.compose.secret_in_environment_test

import data.evident.checks.compose.secret_in_environment as check

service(env) := {"id": "service/db", "kind": "service", "file": "compose.yaml", "startLine": 2, "endLine": 9, "name": "db", "environment": env}

test_annotated_secrets_are_reported if {
	check.deny == {{
		"resource": "service/db", "path": ["environment", 1, "value"], "secret": true,
		"msg": "service/db sets POSTGRES_PASSWORD to a secret by its name in its environment",
	}} with input as {"type": "compose", "resources": [service([
		{"key": "POSTGRES_USER", "value": "app"},
		{"key": "POSTGRES_PASSWORD", "value": "x", "secret": {"kind": "credential-name", "label": "a secret by its name"}},
	])]}
}

test_unannotated_unknown_and_empty_values_pass if {
	count(check.deny) == 0 with input as {"type": "compose", "resources": [service([
		{"key": "POSTGRES_PASSWORD", "value": {"__unknown__": "${PG_PASSWORD}", "refs": ["PG_PASSWORD"]}},
		{"key": "API_TOKEN", "value": null},
	])]}
}
