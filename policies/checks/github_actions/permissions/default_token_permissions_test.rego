package evident.checks.github_actions.default_token_permissions_test

import data.evident.checks.github_actions.default_token_permissions as check

test_job_without_permissions_is_reported if {
	check.deny == {
		{"resource": "job/test", "msg": "job/test sets no permissions and neither does the workflow: its GITHUB_TOKEN gets the repository's default permissions"},
		{"resource": "job/call", "msg": "job/call calls the reusable workflow ./.github/workflows/x.yml and sets no permissions, and neither does the workflow: the GITHUB_TOKEN it passes to that workflow gets the repository's default permissions"},
	} with input as {"type": "github_actions", "resources": [
		{"id": "workflow", "kind": "workflow", "permissions": null, "triggers": ["push"]},
		{"id": "job/test", "kind": "job", "permissions": null, "uses": null},
		{"id": "job/publish", "kind": "job", "permissions": {"packages": "write"}, "uses": null},
		{"id": "job/call", "kind": "job", "permissions": null, "uses": {"ref": "./.github/workflows/x.yml"}},
	]}
}

test_job_calling_a_reusable_workflow_with_permissions_passes if {
	check.deny == set() with input as {"type": "github_actions", "resources": [
		{"id": "workflow", "kind": "workflow", "permissions": null, "triggers": ["push"]},
		{"id": "job/call", "kind": "job", "permissions": {"contents": "read", "id-token": "write"}, "uses": {"ref": "acme/ci/.github/workflows/deploy.yml@v1"}},
	]}
	check.deny == set() with input as {"type": "github_actions", "resources": [
		{"id": "workflow", "kind": "workflow", "permissions": {"contents": "read"}, "triggers": ["push"]},
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
