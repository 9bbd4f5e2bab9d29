package evident.checks.dockerfile.root_user_test

import data.evident.checks.dockerfile.root_user as check

stage(id, final, from, user) := {
	"id": id, "kind": "stage", "file": "Dockerfile", "startLine": 1, "endLine": 5,
	"final": final, "from": from, "user": user,
}

node := {"ref": "node:20", "line": 1, "name": "node", "tag": "20", "latest": false, "untagged": false}

test_final_stage_without_user_is_reported if {
	check.deny == {{
		"resource": "stage/0", "path": ["from"],
		"msg": "the final stage stage/0 sets no USER: the container runs as the base image's default user, root for node:20",
	}} with input as {"type": "dockerfile", "resources": [stage("stage/0", true, node, null)]}
}

test_user_root_and_uid_zero_are_reported if {
	check.deny == {{"resource": "stage/0", "path": ["user"], "msg": "the final stage stage/0 runs as root (USER 0:0)"}} with input as {"type": "dockerfile", "resources": [stage("stage/0", true, node, {"value": "0:0", "line": 3})]}
	count(check.deny) == 1 with input as {"type": "dockerfile", "resources": [stage("stage/0", true, node, {"value": "root", "line": 3})]}
}

test_non_root_user_build_stage_unknown_base_and_nonroot_image_pass if {
	count(check.deny) == 0 with input as {"type": "dockerfile", "resources": [
		stage("stage/build", false, node, null),
		stage("stage/1", true, node, {"value": "node", "line": 9}),
	]}
	count(check.deny) == 0 with input as {"type": "dockerfile", "resources": [stage("stage/0", true, {"ref": {"__unknown__": "${BASE}", "refs": ["BASE"]}, "line": 1}, null)]}
	count(check.deny) == 0 with input as {"type": "dockerfile", "resources": [stage("stage/0", true, {"ref": "gcr.io/distroless/nodejs20-debian12:nonroot", "line": 1}, null)]}
	count(check.deny) == 0 with input as {"type": "dockerfile", "resources": [stage("stage/0", true, node, {"value": {"__unknown__": "$APP_USER", "refs": ["APP_USER"]}, "line": 2})]}
}
