package evident.checks.dockerfile.secret_in_env_arg_test

import data.evident.checks.dockerfile.secret_in_env_arg as check

named := {"kind": "credential-name", "label": "a secret by its name"}

stage(env, args) := {"id": "stage/0", "kind": "stage", "file": "Dockerfile", "startLine": 1, "endLine": 9, "env": env, "args": args}

test_env_arg_and_global_arg_secrets_are_reported if {
	check.deny == {
		{"resource": "stage/0", "path": ["env", 1], "secret": true, "msg": "ENV DB_PASSWORD of stage/0 holds a secret by its name"},
		{"resource": "stage/0", "path": ["args", 0], "secret": true, "msg": "ARG NPM_TOKEN of stage/0 has a default that holds an npm access token"},
		{"resource": "arg/GH_TOKEN", "path": [], "secret": true, "msg": "ARG GH_TOKEN (before the first FROM) has a default that holds a GitHub token"},
	} with input as {
		"type": "dockerfile",
		"globalArgs": [{"id": "arg/GH_TOKEN", "kind": "arg", "key": "GH_TOKEN", "file": "Dockerfile", "startLine": 1, "endLine": 1, "line": 1, "default": "x", "secret": {"kind": "github-token", "label": "a GitHub token"}}],
		"resources": [stage(
			[{"key": "LOG_LEVEL", "value": "info", "line": 3}, {"key": "DB_PASSWORD", "value": "x", "line": 4, "secret": named}],
			[{"key": "NPM_TOKEN", "default": "x", "line": 5, "secret": {"kind": "npm-token", "label": "an npm access token"}}],
		)],
	}
}

test_values_without_secret_annotation_pass if {
	count(check.deny) == 0 with input as {"type": "dockerfile", "globalArgs": [{"id": "arg/V", "key": "V", "default": "1"}], "resources": [stage(
		[{"key": "DB_PASSWORD", "value": {"__unknown__": "$DB_PASSWORD", "refs": ["DB_PASSWORD"]}, "line": 4}],
		[{"key": "NPM_TOKEN", "default": null, "line": 5}],
	)]}
}
