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
	check.deny == set() with input as {"type": "dockerfile", "resources": [
		stage("stage/build", false, node, null),
		stage("stage/1", true, node, {"value": "node", "line": 9}),
	]}
	count(check.deny) == 0 with input as {"type": "dockerfile", "resources": [stage("stage/0", true, {"ref": {"__unknown__": "${BASE}", "refs": ["BASE"]}, "line": 1}, null)]}
	count(check.deny) == 0 with input as {"type": "dockerfile", "resources": [stage("stage/0", true, {"ref": "gcr.io/distroless/nodejs20-debian12:nonroot", "line": 1}, null)]}
	count(check.deny) == 0 with input as {"type": "dockerfile", "resources": [stage("stage/0", true, node, {"value": {"__unknown__": "$APP_USER", "refs": ["APP_USER"]}, "line": 2})]}
}

no_user_scratch(id) := sprintf("the final stage %s sets no USER: the container runs as the base image's default user, root for %s", [id, "scratch"])

scratch := {"ref": "scratch", "line": 1, "scratch": true}

instr(names) := [{"instruction": n, "line": i + 2} | some i, n in names]

staged(id, name, final, from, instructions) := object.union(stage(id, final, from, null), {"name": name, "instructions": instructions})

test_chainguard_images_pass_except_dev_and_base_variants if {
	images := [
		"cgr.dev/chainguard/static:latest",
		"cgr.dev/chainguard/python:latest@sha256:40a29d69c56a8908f5367a66275cbc84c9a0532234fdbe945156fdd49ef26fc5",
		"cgr.dev/chainguard/python:latest-dev",
		"cgr.dev/chainguard/go:1.22-dev",
		"cgr.dev/chainguard/wolfi-base",
		"cgr.dev/chainguard/chainguard-base:latest",
		"cgr.dev/acme.com/static:latest",
	]
	check.deny == {{
		"resource": sprintf("stage/%d", [i]), "path": ["from"],
		"msg": sprintf("the final stage stage/%d sets no USER: the container runs as the base image's default user, root for %s", [i, ref]),
	} |
		some i, ref in images
		i >= 2
	} with input as {"type": "dockerfile", "resources": [stage(sprintf("stage/%d", [i]), true, {"ref": ref, "line": 1}, null) | some i, ref in images]}
}

test_data_only_scratch_image_passes if {
	# A Wasm plugin: FROM scratch, COPY, no CMD/ENTRYPOINT; the build stage's ENTRYPOINT is not inherited.
	check.deny == set() with input as {"type": "dockerfile", "resources": [
		staged("stage/build", "build", false, node, instr(["FROM", "RUN", "ENTRYPOINT"])),
		staged("stage/1", null, true, scratch, instr(["FROM", "COPY"])),
	]}

	# Files for another build, through a stage built FROM scratch.
	check.deny == set() with input as {"type": "dockerfile", "resources": [
		staged("stage/files", "files", false, scratch, instr(["FROM", "ENV"])),
		staged("stage/1", null, true, {"ref": "files", "line": 4, "stage": true}, instr(["FROM", "COPY"])),
	]}
}

test_scratch_image_with_a_command_is_reported if {
	check.deny == {{"resource": "stage/1", "path": ["from"], "msg": no_user_scratch("stage/1")}} with input as {"type": "dockerfile", "resources": [
		staged("stage/build", "build", false, node, instr(["FROM", "RUN"])),
		staged("stage/1", null, true, scratch, instr(["FROM", "COPY", "ENTRYPOINT"])),
	]}

	# CMD set in the scratch stage the final stage is built FROM carries over.
	check.deny == {{
		"resource": "stage/1", "path": ["from"],
		"msg": "the final stage stage/1 sets no USER: the container runs as the base image's default user, root for base",
	}} with input as {"type": "dockerfile", "resources": [
		staged("stage/base", "base", false, scratch, instr(["FROM", "COPY", "CMD"])),
		staged("stage/1", null, true, {"ref": "base", "line": 4, "stage": true}, instr(["FROM", "COPY"])),
	]}

	# An explicit USER root is reported even without a command.
	check.deny == {{"resource": "stage/0", "path": ["user"], "msg": "the final stage stage/0 runs as root (USER root)"}} with input as {"type": "dockerfile", "resources": [object.union(staged("stage/0", null, true, scratch, instr(["FROM", "USER"])), {"user": {"value": "root", "line": 2}})]}
}
