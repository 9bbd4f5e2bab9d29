package evident.checks.kubernetes.writable_root_filesystem_test

import data.evident.checks.kubernetes.writable_root_filesystem as check
import data.evident.lib.k8s_fixtures_test as fixtures

workload(pod_spec) := {
	"id": "Pod/clinic/api", "apiVersion": "v1", "kind": "Pod", "name": "api", "namespace": "clinic",
	"file": "pod.yaml", "startLine": 1, "endLine": 30, "object": {}, "podSpec": pod_spec,
}

test_writable_root_is_reported if {
	check.deny == {
		{"resource": "Pod/clinic/api", "path": ["podSpec", "containers", 0], "msg": "container \"api\" of Pod/clinic/api has a writable root filesystem (no readOnlyRootFilesystem: true)"},
		{"resource": "Pod/clinic/api", "path": ["podSpec", "initContainers", 0], "msg": "init container \"init\" of Pod/clinic/api has a writable root filesystem (no readOnlyRootFilesystem: true)"},
	} with input as {"type": "kubernetes", "resources": [workload({
		"initContainers": [{"name": "init", "securityContext": {"readOnlyRootFilesystem": false}}],
		"containers": [{"name": "api"}, {"name": "ok", "securityContext": {"readOnlyRootFilesystem": true}}],
		"ephemeralContainers": [{"name": "debugger"}],
	})]}
}

test_read_only_and_windows_pass if {
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [
		workload({"containers": [{"name": "api", "securityContext": {"readOnlyRootFilesystem": true}}]}),
		workload({"os": {"name": "windows"}, "containers": [{"name": "iis"}]}),
	]}
}

# An overlay's patch of a base it includes (input.patches): only an explicit false is reported;
# a patch that leaves the field out says nothing of the base.
test_overlay_patch_that_makes_the_root_writable_is_reported if {
	check.deny == {{
		"resource": "Deployment/api (patch overlays/prod/debug.yaml:1)",
		"path": ["podSpec", "containers", 0, "securityContext", "readOnlyRootFilesystem"],
		"msg": "container \"api\" of Deployment/api (patch overlays/prod/debug.yaml:1) sets readOnlyRootFilesystem: false",
	}} with input as fixtures.patched({"containers": [{"name": "api", "securityContext": {"readOnlyRootFilesystem": false}}]})
	count(check.deny) == 0 with input as fixtures.patched({"containers": [{"name": "api", "resources": {"limits": {"memory": "1Gi"}}}]})
}
