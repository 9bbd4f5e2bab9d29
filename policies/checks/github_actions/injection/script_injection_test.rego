package evident.checks.github_actions.script_injection_test

import data.evident.checks.github_actions.script_injection as check

job(steps) := {"id": "job/triage", "kind": "job", "job": "triage", "file": "w.yml", "startLine": 5, "endLine": 30, "steps": steps}

run_step(index, contexts) := {"index": index, "run": "echo", "with": [], "contexts": contexts}

test_untrusted_expressions_are_reported if {
	check.deny == {
		{"resource": "job/triage", "path": ["steps", 0, "run"], "msg": "step 1 of job/triage interpolates github.event.issue.title into a script"},
		{"resource": "job/triage", "path": ["steps", 1, "run"], "msg": "step 2 of job/triage interpolates github.head_ref into a script"},
		{"resource": "job/triage", "path": ["steps", 2, "with", 0, "value"], "msg": "step 3 of job/triage interpolates github.event.comment.body into a script"},
	} with input as {"type": "github_actions", "resources": [job([
		run_step(0, ["github.event.issue.title"]),
		run_step(1, ["github.head_ref"]),
		{"index": 2, "run": null, "with": [{"key": "script", "value": "x"}], "contexts": ["github.event.comment.body"]},
	])]}
}

test_trusted_expressions_pass if {
	count(check.deny) == 0 with input as {"type": "github_actions", "resources": [job([run_step(0, [
		"github.event.pull_request.number", "github.sha", "env.TITLE", "secrets.NPM_TOKEN",
		"github.event.pull_request.head.sha", "steps.meta.outputs.tags",
	])])]}
}
