package evident.checks.kubernetes.image_not_pinned_test

import data.evident.checks.kubernetes.image_not_pinned as check

workload(pod_spec) := {
	"id": "Pod/clinic/api", "apiVersion": "v1", "kind": "Pod", "name": "api", "namespace": "clinic",
	"file": "pod.yaml", "startLine": 1, "endLine": 30, "object": {}, "podSpec": pod_spec,
}

test_unpinned_images_are_reported if {
	check.deny == {
		{
			"resource": "Pod/clinic/api",
			"path": ["podSpec", "containers", 0, "image"],
			"msg": "container \"api\" of Pod/clinic/api uses the image registry.example.com:5000/clinic/api without a tag or digest (it resolves to latest)",
		},
		{
			"resource": "Pod/clinic/api",
			"path": ["podSpec", "initContainers", 0, "image"],
			"msg": "init container \"init\" of Pod/clinic/api uses the image busybox:latest with the mutable tag latest",
		},
	} with input as {"type": "kubernetes", "resources": [workload({
		"initContainers": [{"name": "init", "image": "busybox:latest"}],
		"containers": [{"name": "api", "image": "registry.example.com:5000/clinic/api"}],
	})]}
}

test_pinned_images_pass if {
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [workload({"containers": [
		{"name": "a", "image": "api:1.4.2"},
		{"name": "b", "image": "ghcr.io/clinic/api@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"},
		{"name": "c", "image": "proxy:latest@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"},
		{"name": "d"},
	]})]}
}

kustomized(image, overrides) := {"type": "kubernetes", "resources": [object.union(
	workload({"containers": [{"name": "api", "image": image}]}),
	{"kustomizeImages": overrides},
)]}

override(name, tag, digest) := {"kustomization": "overlays/prod/kustomization.yaml", "name": name, "newName": "", "newTag": tag, "digest": digest}

test_an_image_a_kustomization_pins_passes if {
	count(check.deny) == 0 with input as kustomized("clinic/api", [override("clinic/api", "1.4.2", "")])
	count(check.deny) == 0 with input as kustomized("clinic/api:latest", [override("clinic/api", "", "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")])
}

test_kustomize_overrides_that_do_not_pin_keep_the_finding if {
	# another image, the tag latest, a new name only
	check.deny == {latest_finding("clinic/api:latest", "with the mutable tag latest")} with input as kustomized("clinic/api:latest", [override("clinic/web", "1.4.2", "")])
	check.deny == {latest_finding("clinic/api", "without a tag or digest (it resolves to latest)")} with input as kustomized("clinic/api", [override("clinic/api", "latest", "")])
	check.deny == {latest_finding("clinic/api", "without a tag or digest (it resolves to latest)")} with input as kustomized("clinic/api", [override("clinic/api", "", "")])

	# one overlay pins it, another deploys latest
	check.deny == {latest_finding("clinic/api", "without a tag or digest (it resolves to latest)")} with input as kustomized("clinic/api", [override("clinic/api", "1.4.2", ""), override("clinic/api", "latest", "")])
}

latest_finding(image, problem) := {
	"resource": "Pod/clinic/api",
	"path": ["podSpec", "containers", 0, "image"],
	"msg": sprintf("container \"api\" of Pod/clinic/api uses the image %s %s", [image, problem]),
}

# ko:// images are Go import paths that ko replaces with a digest-pinned image (Knative's config).
test_ko_images_pass if {
	check.deny == {{
		"resource": "Pod/clinic/api",
		"path": ["podSpec", "containers", 1, "image"],
		"msg": "container \"b\" of Pod/clinic/api uses the image ko-builder without a tag or digest (it resolves to latest)",
	}} with input as {"type": "kubernetes", "resources": [workload({"containers": [
		{"name": "a", "image": "ko://knative.dev/serving/cmd/activator"},
		{"name": "b", "image": "ko-builder"},
	]})]}
}

# An image whose last segment a deploy-time variable writes (Flux post-build substitution,
# envsubst) has an unknown tag; a variable registry in front of an untagged name does not, nor
# does a $ that starts no variable.
test_templated_images_pass if {
	check.deny == {
		{
			"resource": "Pod/clinic/api",
			"path": ["podSpec", "containers", 3, "image"],
			"msg": "container \"d\" of Pod/clinic/api uses the image ${REGISTRY}/clinic/api without a tag or digest (it resolves to latest)",
		},
		{
			"resource": "Pod/clinic/api",
			"path": ["podSpec", "containers", 4, "image"],
			"msg": "container \"e\" of Pod/clinic/api uses the image registry.example.com/clinic/api$ without a tag or digest (it resolves to latest)",
		},
	} with input as {"type": "kubernetes", "resources": [workload({"containers": [
		{"name": "a", "image": "${image}"},
		{"name": "b", "image": "registry.example.com/clinic/${APP_IMAGE}"},
		{"name": "c", "image": "$IMAGE"},
		{"name": "d", "image": "${REGISTRY}/clinic/api"},
		{"name": "e", "image": "registry.example.com/clinic/api$"},
		{"name": "f", "image": "{IMAGE}"},
		{"name": "g", "image": "registry.example.com/clinic/{{ .Values.app }}"},
		{"name": "h", "image": "__API_IMAGE__"},
		{"name": "i", "image": "%IMAGE%"},
		{"name": "j", "image": "<your-image>"},
	]})]}
}

# Braces, underscores and percent signs that start no variable are text.
test_characters_that_start_no_variable_are_text if {
	check.deny == {{
		"resource": "Pod/clinic/api",
		"path": ["podSpec", "containers", i, "image"],
		"msg": sprintf("container \"%s\" of Pod/clinic/api uses the image %s without a tag or digest (it resolves to latest)", [name, image]),
	} |
		some i, [name, image] in [
			["a", "registry.example.com/clinic/api{"],
			["b", "registry.example.com/clinic/my__api"],
			["c", "registry.example.com/clinic/api%"],
			["d", "registry.example.com/clinic/<1>"],
		]
	} with input as {"type": "kubernetes", "resources": [workload({"containers": [
		{"name": "a", "image": "registry.example.com/clinic/api{"},
		{"name": "b", "image": "registry.example.com/clinic/my__api"},
		{"name": "c", "image": "registry.example.com/clinic/api%"},
		{"name": "d", "image": "registry.example.com/clinic/<1>"},
	]})]}
}

# An overlay's patch of a base it includes (input.patches) that sets an unpinned image: the
# variant deploys it, unless the overlay's (or an including Kustomization's) images override
# pins it (the parser gives the fragment those overrides as kustomizeImages).
patched(image, overrides) := {"type": "kubernetes", "resources": [], "patches": [object.union(
	{"id": "Deployment/api (patch overlays/prod/image.yaml:1)", "apiVersion": "apps/v1", "kind": "Deployment", "name": "api", "namespace": "default", "file": "overlays/prod/image.yaml", "startLine": 1, "endLine": 9, "object": {}, "podSpec": {"containers": [{"name": "api", "image": image}]}},
	{"kustomizeImages": overrides},
)]}

test_an_unpinned_image_set_by_an_overlay_patch_is_reported if {
	check.deny == {{
		"resource": "Deployment/api (patch overlays/prod/image.yaml:1)",
		"path": ["podSpec", "containers", 0, "image"],
		"msg": "container \"api\" of Deployment/api (patch overlays/prod/image.yaml:1) uses the image clinic/api:latest with the mutable tag latest",
	}} with input as patched("clinic/api:latest", [])
	count(check.deny) == 0 with input as patched("clinic/api:1.4.2", [])
	count(check.deny) == 0 with input as patched("clinic/api:latest", [override("clinic/api", "1.4.2", "")])

	# An override of another image pins nothing here.
	check.deny == {{
		"resource": "Deployment/api (patch overlays/prod/image.yaml:1)",
		"path": ["podSpec", "containers", 0, "image"],
		"msg": "container \"api\" of Deployment/api (patch overlays/prod/image.yaml:1) uses the image clinic/api without a tag or digest (it resolves to latest)",
	}} with input as patched("clinic/api", [override("clinic/other", "1.4.2", "")])
}

# A JSON 6902 fragment's container other than the one the operation sets is an empty mapping: no image, nothing to judge.
test_a_patch_fragment_without_an_image_passes if {
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [], "patches": [{"id": "Deployment/api (patch overlays/prod/kustomization.yaml:7)", "apiVersion": "apps/v1", "kind": "Deployment", "name": "api", "namespace": "default", "file": "overlays/prod/kustomization.yaml", "startLine": 7, "endLine": 9, "object": {}, "podSpec": {"containers": [{}, {"resources": {"limits": {"memory": "1Gi"}}}]}}]}
}
