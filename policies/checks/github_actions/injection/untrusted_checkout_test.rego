package evident.checks.github_actions.untrusted_checkout_test

import data.evident.checks.github_actions.untrusted_checkout as check

workflow(triggers) := {"id": "workflow", "kind": "workflow", "file": "w.yml", "startLine": 1, "endLine": 30, "triggers": triggers}

checkout(ref) := {"index": 0, "uses": {"repository": "actions/checkout", "ref": "actions/checkout@v4"}, "run": null, "with": [{"key": "ref", "value": ref}]}

job(steps) := {"id": "job/build", "kind": "job", "job": "build", "file": "w.yml", "startLine": 5, "endLine": 30, "steps": steps}

test_checkout_of_head_in_pull_request_target_is_reported if {
	check.deny == {{
		"resource": "job/build", "path": ["steps", 0, "with", 0, "value"],
		"msg": "step 1 of job/build checks out the pull request head (${{ github.event.pull_request.head.sha }}) in a pull_request_target workflow",
	}} with input as {"type": "github_actions", "resources": [workflow(["pull_request_target"]), job([checkout("${{ github.event.pull_request.head.sha }}")])]}
}

test_git_fetch_of_head_in_workflow_run_is_reported if {
	check.deny == {{"resource": "job/build", "path": ["steps", 0, "run"], "msg": "step 1 of job/build fetches the pull request head in a workflow_run workflow"}} with input as {"type": "github_actions", "resources": [
		workflow(["workflow_run"]),
		job([{"index": 0, "uses": null, "with": [], "run": "gh pr checkout ${{ github.event.workflow_run.pull_requests[0].number }}"}]),
	]}
}

test_default_checkout_and_unprivileged_triggers_pass if {
	count(check.deny) == 0 with input as {"type": "github_actions", "resources": [workflow(["pull_request_target"]), job([{"index": 0, "uses": {"repository": "actions/checkout"}, "with": [], "run": null}])]}
	count(check.deny) == 0 with input as {"type": "github_actions", "resources": [workflow(["pull_request"]), job([checkout("${{ github.event.pull_request.head.sha }}")])]}
}
