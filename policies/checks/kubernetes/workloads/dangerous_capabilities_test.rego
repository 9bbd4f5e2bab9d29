package evident.checks.kubernetes.dangerous_capabilities_test

import data.evident.checks.kubernetes.dangerous_capabilities as check
import data.evident.lib.k8s_fixtures_test as fixtures

workload(pod_spec) := {
	"id": "Pod/clinic/api", "apiVersion": "v1", "kind": "Pod", "name": "api", "namespace": "clinic",
	"file": "pod.yaml", "startLine": 1, "endLine": 30, "object": {}, "podSpec": pod_spec,
}

test_dangerous_capabilities_are_reported if {
	check.deny == {
		{
			"resource": "Pod/clinic/api",
			"path": ["podSpec", "containers", 0, "securityContext", "capabilities", "add", 1],
			"msg": "container \"api\" of Pod/clinic/api adds the capability SYS_ADMIN",
		},
		{
			"resource": "Pod/clinic/api",
			"path": ["podSpec", "containers", 0, "securityContext", "capabilities", "add", 2],
			"msg": "container \"api\" of Pod/clinic/api adds the capability NET_ADMIN",
		},
	} with input as {"type": "kubernetes", "resources": [workload({"containers": [{"name": "api", "securityContext": {"capabilities": {"add": ["NET_BIND_SERVICE", "CAP_SYS_ADMIN", "net_admin"]}}}]})]}
}

test_harmless_capabilities_pass if {
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [workload({"containers": [
		{"name": "api", "securityContext": {"capabilities": {"add": ["NET_BIND_SERVICE"], "drop": ["ALL"]}}},
		{"name": "b"},
	]})]}
}

# An overlay's patch of a base it includes (input.patches) that adds a capability, here through
# a JSON 6902 operation on the first container (whose name is in the base).
test_capability_added_by_an_overlay_patch_is_reported if {
	check.deny == {{
		"resource": "Deployment/api (patch overlays/prod/debug.yaml:1)",
		"path": ["podSpec", "containers", 0, "securityContext", "capabilities", "add", 0],
		"msg": "container \"#0\" of Deployment/api (patch overlays/prod/debug.yaml:1) adds the capability SYS_PTRACE",
	}} with input as fixtures.patched({"containers": [{"securityContext": {"capabilities": {"add": ["SYS_PTRACE"]}}}]})
	count(check.deny) == 0 with input as fixtures.patched({"containers": [{"securityContext": {"capabilities": {"drop": ["ALL"]}}}]})
}
