package evident.checks.kubernetes.host_namespaces_shared_test

import data.evident.checks.kubernetes.host_namespaces_shared as check

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
