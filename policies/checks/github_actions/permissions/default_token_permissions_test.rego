package evident.checks.github_actions.default_token_permissions_test

import data.evident.checks.github_actions.default_token_permissions as check

test_job_without_permissions_is_reported if {
	check.deny == {{"resource": "job/test", "msg": "job/test sets no permissions and neither does the workflow: its GITHUB_TOKEN gets the repository's default permissions"}} with input as {"type": "github_actions", "resources": [
		{"id": "workflow", "kind": "workflow", "permissions": null, "triggers": ["push"]},
		{"id": "job/test", "kind": "job", "permissions": null, "uses": null},
		{"id": "job/publish", "kind": "job", "permissions": {"packages": "write"}, "uses": null},
		{"id": "job/call", "kind": "job", "permissions": null, "uses": {"ref": "./.github/workflows/x.yml"}},
	]}
}

test_reusable_workflow_passes if {
	count(check.deny) == 0 with input as {"type": "github_actions", "resources": [
		{"id": "workflow", "kind": "workflow", "permissions": null, "triggers": ["workflow_call"]},
		{"id": "job/test", "kind": "job", "permissions": null, "uses": null},
	]}
}

test_workflow_permissions_pass if {
	count(check.deny) == 0 with input as {"type": "github_actions", "resources": [
		{"id": "workflow", "kind": "workflow", "permissions": {}, "triggers": ["push"]},
		{"id": "job/test", "kind": "job", "permissions": null, "uses": null},
	]}
}
