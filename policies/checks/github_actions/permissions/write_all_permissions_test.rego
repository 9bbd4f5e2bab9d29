package evident.checks.github_actions.write_all_permissions_test

import data.evident.checks.github_actions.write_all_permissions as check

test_write_all_is_reported if {
	check.deny == {
		{"resource": "workflow", "path": ["permissions"], "msg": "the workflow sets permissions: write-all"},
		{"resource": "job/release", "path": ["permissions"], "msg": "job/release sets permissions: write-all"},
	} with input as {"type": "github_actions", "resources": [
		{"id": "workflow", "kind": "workflow", "permissions": "write-all"},
		{"id": "job/release", "kind": "job", "permissions": "write-all"},
	]}
}

test_scoped_read_all_and_absent_pass if {
	count(check.deny) == 0 with input as {"type": "github_actions", "resources": [
		{"id": "workflow", "kind": "workflow", "permissions": "read-all"},
		{"id": "job/a", "kind": "job", "permissions": {"contents": "write"}},
		{"id": "job/b", "kind": "job", "permissions": null},
	]}
}
