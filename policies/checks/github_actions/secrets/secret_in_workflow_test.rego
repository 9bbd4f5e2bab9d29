package evident.checks.github_actions.secret_in_workflow_test

import data.evident.checks.github_actions.secret_in_workflow as check

named := {"kind": "credential-name", "label": "a secret by its name"}

test_env_and_with_secrets_are_reported if {
	check.deny == {
		{"resource": "workflow", "path": ["env", 0, "value"], "secret": true, "msg": "the workflow's env.API_TOKEN holds a secret by its name"},
		{"resource": "job/deploy", "path": ["env", 1, "value"], "secret": true, "msg": "job/deploy env.AWS_ACCESS_KEY_ID holds an AWS access key ID"},
		{"resource": "job/deploy", "path": ["steps", 0, "with", 0, "value"], "secret": true, "msg": "step 1 of job/deploy: with.password holds a secret by its name"},
	} with input as {"type": "github_actions", "resources": [
		{"id": "workflow", "kind": "workflow", "env": [{"key": "API_TOKEN", "value": "x", "secret": named}]},
		{"id": "job/deploy", "kind": "job", "env": [{"key": "REGION", "value": "eu-west-1"}, {"key": "AWS_ACCESS_KEY_ID", "value": "x", "secret": {"kind": "aws-access-key-id", "label": "an AWS access key ID"}}], "with": [], "steps": [
			{"index": 0, "env": [], "with": [{"key": "password", "value": "x", "secret": named}]},
		]},
	]}
}

test_secret_references_pass if {
	count(check.deny) == 0 with input as {"type": "github_actions", "resources": [
		{"id": "workflow", "kind": "workflow", "env": [{"key": "API_TOKEN", "value": "${{ secrets.API_TOKEN }}"}]},
		{"id": "job/deploy", "kind": "job", "env": [], "with": [], "steps": [{"index": 0, "env": [], "with": [{"key": "password", "value": "${{ secrets.REGISTRY_PASSWORD }}"}]}]},
	]}
}
