package evident.checks.kubernetes.seccomp_unconfined_test

import data.evident.checks.kubernetes.seccomp_unconfined as check
import data.evident.lib.k8s_fixtures_test as fixtures

workload(pod_spec) := {
	"id": "Pod/clinic/api", "apiVersion": "v1", "kind": "Pod", "name": "api", "namespace": "clinic",
	"file": "pod.yaml", "startLine": 1, "endLine": 30, "object": {}, "podSpec": pod_spec,
}

test_unconfined_pod_and_container_are_reported if {
	check.deny == {
		{
			"resource": "Pod/clinic/api",
			"path": ["podSpec", "securityContext", "seccompProfile", "type"],
			"msg": "container \"api\" of Pod/clinic/api runs with seccompProfile Unconfined",
		},
		{
			"resource": "Pod/clinic/api",
			"path": ["podSpec", "containers", 2, "securityContext", "seccompProfile", "type"],
			"msg": "container \"debug\" of Pod/clinic/api runs with seccompProfile Unconfined",
		},
	} with input as {"type": "kubernetes", "resources": [workload({
		"securityContext": {"seccompProfile": {"type": "Unconfined"}},
		"containers": [
			{"name": "api"},
			{"name": "proxy", "securityContext": {"seccompProfile": {"type": "RuntimeDefault"}}},
			{"name": "debug", "securityContext": {"seccompProfile": {"type": "Unconfined"}}},
		],
	})]}
}

test_runtime_default_and_unset_pass if {
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [
		workload({"securityContext": {"seccompProfile": {"type": "RuntimeDefault"}}, "containers": [{"name": "api"}]}),
		workload({"containers": [{"name": "api"}]}),
	]}
}

# An overlay's patch of a base it includes (input.patches): only a container's own Unconfined
# profile. A pod-level one may be overridden by the base's container, which the patch does not show.
test_overlay_patch_that_unconfines_a_container_is_reported if {
	check.deny == {{
		"resource": "Deployment/api (patch overlays/prod/debug.yaml:1)",
		"path": ["podSpec", "containers", 0, "securityContext", "seccompProfile", "type"],
		"msg": "container \"api\" of Deployment/api (patch overlays/prod/debug.yaml:1) runs with seccompProfile Unconfined",
	}} with input as fixtures.patched({"containers": [{"name": "api", "securityContext": {"seccompProfile": {"type": "Unconfined"}}}]})
	count(check.deny) == 0 with input as fixtures.patched({"securityContext": {"seccompProfile": {"type": "Unconfined"}}, "containers": [{"name": "api"}]})
}
