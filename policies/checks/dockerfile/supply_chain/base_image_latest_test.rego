package evident.checks.dockerfile.base_image_latest_test

import data.evident.checks.dockerfile.base_image_latest as check

stage(id, from) := {"id": id, "kind": "stage", "file": "Dockerfile", "startLine": 1, "endLine": 3, "from": from}

test_untagged_and_latest_are_reported if {
	check.deny == {
		{"resource": "stage/0", "path": ["from"], "msg": "stage/0 is built FROM ubuntu, which has no tag or digest (latest)"},
		{"resource": "stage/1", "path": ["from"], "msg": "stage/1 is built FROM nginx:latest, which uses the latest tag"},
	} with input as {"type": "dockerfile", "resources": [
		stage("stage/0", {"ref": "ubuntu", "name": "ubuntu", "tag": null, "digest": null, "latest": true, "untagged": true}),
		stage("stage/1", {"ref": "nginx:latest", "name": "nginx", "tag": "latest", "digest": null, "latest": true, "untagged": false}),
	]}
}

test_tags_digests_stages_scratch_and_unknown_pass if {
	count(check.deny) == 0 with input as {"type": "dockerfile", "resources": [
		stage("stage/0", {"ref": "node:20", "name": "node", "tag": "20", "digest": null, "latest": false, "untagged": false}),
		stage("stage/1", {"ref": "node@sha256:abc", "name": "node", "tag": null, "digest": "sha256:abc", "latest": false, "untagged": false}),
		stage("stage/2", {"ref": "build", "stage": true}),
		stage("stage/3", {"ref": "scratch", "scratch": true}),
		stage("stage/4", {"ref": {"__unknown__": "${BASE}", "refs": ["BASE"]}}),
	]}
}

# FROM a compose build context: the image of a docker-image:// source is judged (and named);
# a compose service's image or a folder is not a registry image.
test_compose_build_contexts if {
	check.deny == {{"resource": "stage/0", "path": ["from"], "msg": "stage/0 is built FROM alpine, which has no tag or digest (latest)"}} with input as {"type": "dockerfile", "resources": [
		stage("stage/0", {"ref": "alpine", "name": "alpine", "tag": null, "digest": null, "latest": true, "untagged": true}),
	]}
	check.deny == {{"resource": "stage/0", "path": ["from"], "msg": "stage/0 is built FROM alpine (the compose build context base), which has no tag or digest (latest)"}} with input as {"type": "dockerfile", "resources": [
		stage("stage/0", {"ref": "alpine", "name": "alpine", "tag": null, "digest": null, "latest": true, "untagged": true, "context": {"name": "base", "source": "docker-image://alpine"}}),
		stage("stage/1", {"ref": "base", "context": {"name": "base", "source": "service:base"}}),
		stage("stage/2", {"ref": "tools", "context": {"name": "tools", "source": null}}),
		stage("stage/3", {"ref": "alpine@sha256:abc", "name": "alpine", "tag": null, "digest": "sha256:abc", "latest": false, "untagged": false, "context": {"name": "alpine", "source": "docker-image://alpine@sha256:abc"}}),
	]}
}
