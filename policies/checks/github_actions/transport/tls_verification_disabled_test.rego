package evident.checks.github_actions.tls_verification_disabled_test

import data.evident.checks.github_actions.tls_verification_disabled as check

kv(key, value) := {"key": key, "value": value, "yamlPath": ["env", key]}

step(run, env) := {"index": 0, "name": null, "id": null, "uses": null, "run": run, "expressions": [], "contexts": [], "env": env, "with": [], "if": null, "yamlPath": ["jobs", "build", "steps", 0]}

workflow(env) := {"id": "workflow", "kind": "workflow", "file": "ci.yml", "startLine": 1, "endLine": 30, "name": "ci", "triggers": ["push"], "permissions": null, "env": env}

job(env, steps) := {"id": "job/build", "kind": "job", "job": "build", "file": "ci.yml", "startLine": 5, "endLine": 30, "name": null, "permissions": null, "uses": null, "with": [], "env": env, "steps": steps}

test_env_at_each_level_is_reported if {
	check.deny == {
		{"resource": "workflow", "path": ["env", 0, "value"], "msg": "the workflow's env NODE_TLS_REJECT_UNAUTHORIZED=0 disables TLS certificate verification"},
		{"resource": "job/build", "path": ["env", 1, "value"], "msg": "job/build env GIT_SSL_NO_VERIFY=false disables TLS certificate verification (git skips verification whenever GIT_SSL_NO_VERIFY is set, whatever its value)"},
		{"resource": "job/build", "path": ["steps", 0, "env", 0, "value"], "msg": "step 1 of job/build: env NPM_CONFIG_STRICT_SSL=false disables TLS certificate verification"},
	} with input as {"type": "github_actions", "resources": [
		workflow([kv("NODE_TLS_REJECT_UNAUTHORIZED", "0"), kv("NODE_ENV", "test")]),
		job([kv("CI", "true"), kv("GIT_SSL_NO_VERIFY", "false")], [step("npm ci", [kv("NPM_CONFIG_STRICT_SSL", "false")])]),
	]}
}

test_commands_are_reported_with_the_library_patterns if {
	check.deny == {
		{"resource": "job/build", "path": ["steps", 1, "run"], "msg": "step 2 of job/build runs a command that disables TLS certificate verification (curl -k/--insecure)"},
		{"resource": "job/build", "path": ["steps", 1, "run"], "msg": "step 2 of job/build runs a command that disables TLS certificate verification (git http.sslVerify false)"},
	} with input as {"type": "github_actions", "resources": [
		workflow([]),
		job([], [step(null, []), step("git config --global http.sslVerify false\ncurl -ksSL https://artifacts.example.org/tool.tgz | tar xz", [])]),
	]}
}

test_safe_values_expressions_and_commands_pass if {
	count(check.deny) == 0 with input as {"type": "github_actions", "resources": [
		workflow([kv("NODE_TLS_REJECT_UNAUTHORIZED", "1"), kv("PIP_TRUSTED_HOST", "${{ vars.PIP_HOST }}"), kv("GIT_SSL_NO_VERIFY", null)]),
		job([kv("NODE_EXTRA_CA_CERTS", "/etc/ssl/corp.pem")], [step("curl -fsSL https://example.org -o x && npm ci\ndocker run cockroachdb/cockroach start-single-node --insecure\n./crane pull --insecure localhost:5000/app x.tar", [kv("PYTHONHTTPSVERIFY", "${{ matrix.verify }}")])]),
	]}
}
