package evident.checks.compose.image_latest_test

import data.evident.checks.compose.image_latest as check

service(name, image, build) := {"id": concat("/", ["service", name]), "kind": "service", "file": "compose.yaml", "startLine": 2, "endLine": 9, "name": name, "image": image, "build": build}

test_untagged_and_latest_images_are_reported if {
	check.deny == {
		{"resource": "service/a", "path": ["image"], "msg": "service/a runs image redis, which has no tag or digest (latest)"},
		{"resource": "service/b", "path": ["image"], "msg": "service/b runs image mongo:latest, which uses the latest tag"},
	} with input as {"type": "compose", "resources": [
		service("a", {"ref": "redis", "name": "redis", "tag": null, "digest": null, "latest": true, "untagged": true}, false),
		service("b", {"ref": "mongo:latest", "name": "mongo", "tag": "latest", "digest": null, "latest": true, "untagged": false}, false),
	]}
}

test_pinned_built_unknown_and_imageless_services_pass if {
	count(check.deny) == 0 with input as {"type": "compose", "resources": [
		service("a", {"ref": "redis:7.2", "name": "redis", "tag": "7.2", "digest": null, "latest": false, "untagged": false}, false),
		service("b", {"ref": "app", "name": "app", "tag": null, "digest": null, "latest": true, "untagged": true}, true),
		service("c", {"ref": {"__unknown__": "${IMAGE}", "refs": ["IMAGE"]}}, false),
		service("d", null, true),
	]}
}

test_image_built_by_a_sibling_service_passes if {
	built := {"ref": "built-image-dependency", "name": "built-image-dependency", "tag": null, "digest": null, "latest": true, "untagged": true}
	check.deny == {{"resource": "service/c", "path": ["image"], "msg": "service/c runs image redis, which has no tag or digest (latest)"}} with input as {"type": "compose", "resources": [
		service("foo", built, true),
		service("bar", built, false),
		service("c", {"ref": "redis", "name": "redis", "tag": null, "digest": null, "latest": true, "untagged": true}, false),
	]}
}

test_image_of_a_sibling_service_that_does_not_build_is_reported if {
	redis := {"ref": "redis", "name": "redis", "tag": null, "digest": null, "latest": true, "untagged": true}
	check.deny == {
		{"resource": "service/a", "path": ["image"], "msg": "service/a runs image redis, which has no tag or digest (latest)"},
		{"resource": "service/b", "path": ["image"], "msg": "service/b runs image redis, which has no tag or digest (latest)"},
	} with input as {"type": "compose", "resources": [service("a", redis, false), service("b", redis, false)]}
}
