package evident.checks.kubernetes.host_namespaces_shared_test

import data.evident.checks.kubernetes.host_namespaces_shared as check
import data.evident.lib.k8s_fixtures_test as fixtures

workload(pod_spec) := {
	"id": "DaemonSet/monitoring/agent", "apiVersion": "apps/v1", "kind": "DaemonSet", "name": "agent", "namespace": "monitoring",
	"file": "ds.yaml", "startLine": 1, "endLine": 30, "object": {}, "podSpec": pod_spec,
}

test_shared_namespaces_are_reported if {
	check.deny == {
		{"resource": "DaemonSet/monitoring/agent", "path": ["podSpec", "hostNetwork"], "msg": "DaemonSet/monitoring/agent shares the node's network namespace (hostNetwork: true)"},
		{"resource": "DaemonSet/monitoring/agent", "path": ["podSpec", "hostPID"], "msg": "DaemonSet/monitoring/agent shares the node's process (PID) namespace (hostPID: true)"},
	} with input as {"type": "kubernetes", "resources": [workload({"hostNetwork": true, "hostPID": true, "hostIPC": false, "containers": [{"name": "agent"}]})]}
}

test_isolated_pods_pass if {
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [workload({"containers": [{"name": "agent"}]})]}
}

# An overlay's patch of a base it includes (input.patches) that shares a host namespace.
test_host_namespace_set_by_an_overlay_patch_is_reported if {
	check.deny == {{"resource": "Deployment/api (patch overlays/prod/debug.yaml:1)", "path": ["podSpec", "hostPID"], "msg": "Deployment/api (patch overlays/prod/debug.yaml:1) shares the node's process (PID) namespace (hostPID: true)"}} with input as fixtures.patched({"hostPID": true})
	count(check.deny) == 0 with input as fixtures.patched({"hostNetwork": false})
}
