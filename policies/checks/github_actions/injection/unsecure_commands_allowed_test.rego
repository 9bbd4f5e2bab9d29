package evident.checks.github_actions.unsecure_commands_allowed_test

import data.evident.checks.github_actions.unsecure_commands_allowed as check

kv(key, value) := {"key": key, "value": value, "yamlPath": ["env", key]}

step(run, env) := {"index": 0, "name": null, "id": null, "uses": null, "run": run, "expressions": [], "contexts": [], "env": env, "with": [], "if": null, "yamlPath": ["jobs", "build", "steps", 0]}

workflow(env) := {"id": "workflow", "kind": "workflow", "file": "ci.yml", "startLine": 1, "endLine": 30, "name": "ci", "triggers": ["push"], "permissions": null, "env": env}

job(env, steps) := {"id": "job/build", "kind": "job", "job": "build", "file": "ci.yml", "startLine": 5, "endLine": 30, "name": null, "permissions": null, "uses": null, "with": [], "env": env, "steps": steps}

tail := ": any text a step prints can set environment variables and the PATH of later steps (::set-env, ::add-path)"

later := ": any text a later command prints can set environment variables and the PATH (::set-env, ::add-path)"

test_env_at_each_level_is_reported if {
	check.deny == {
		{"resource": "workflow", "path": ["env", 0, "value"], "msg": concat("", ["the workflow's env sets ACTIONS_ALLOW_UNSECURE_COMMANDS=true", tail])},
		{"resource": "job/build", "path": ["env", 1, "value"], "msg": concat("", ["job/build env sets ACTIONS_ALLOW_UNSECURE_COMMANDS=True", tail])},
		{"resource": "job/build", "path": ["steps", 0, "env", 0, "value"], "msg": concat("", ["step 1 of job/build: env sets ACTIONS_ALLOW_UNSECURE_COMMANDS= TRUE ", later])},
	} with input as {"type": "github_actions", "resources": [
		workflow([kv("ACTIONS_ALLOW_UNSECURE_COMMANDS", "true")]),
		job([kv("CI", "true"), kv("ACTIONS_ALLOW_UNSECURE_COMMANDS", "True")], [step("npm ci", [kv("ACTIONS_ALLOW_UNSECURE_COMMANDS", " TRUE ")])]),
	]}
}

test_a_write_to_github_env_is_reported if {
	check.deny == {{
		"resource": "job/build",
		"path": ["steps", 1, "run"],
		"msg": "step 2 of job/build writes ACTIONS_ALLOW_UNSECURE_COMMANDS=true to $GITHUB_ENV: any text a later step prints can set environment variables and the PATH (::set-env, ::add-path)",
	}} with input as {"type": "github_actions", "resources": [
		workflow([]),
		job([], [
			step(null, []),
			step("echo \"ACTIONS_ALLOW_UNSECURE_COMMANDS=true\" >> \"$GITHUB_ENV\"", []),
			step("echo \"ACTIONS_ALLOW_UNSECURE_COMMANDS=false\" >> $GITHUB_ENV", []),
			step("export ACTIONS_ALLOW_UNSECURE_COMMANDS=true", []),
		]),
	]}
}

test_false_expressions_and_other_names_pass if {
	count(check.deny) == 0 with input as {"type": "github_actions", "resources": [
		workflow([kv("ACTIONS_ALLOW_UNSECURE_COMMANDS", "false")]),
		job([kv("ACTIONS_ALLOW_UNSECURE_COMMANDS", "${{ vars.LEGACY_COMMANDS }}"), kv("ACTIONS_ALLOW_UNSECURE_COMMAND", "true")], [step("make", [kv("actions_allow_unsecure_commands", "true"), kv("ACTIONS_ALLOW_UNSECURE_COMMANDS", null)])]),
	]}
}
