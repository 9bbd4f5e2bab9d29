package evident.checks.kubernetes.capabilities_not_dropped_test

import data.evident.checks.kubernetes.capabilities_not_dropped as check

workload(pod_spec) := {
	"id": "Pod/clinic/api", "apiVersion": "v1", "kind": "Pod", "name": "api", "namespace": "clinic",
	"file": "pod.yaml", "startLine": 1, "endLine": 30, "object": {}, "podSpec": pod_spec,
}

test_containers_keeping_capabilities_are_reported if {
	check.deny == {
		{"resource": "Pod/clinic/api", "path": ["podSpec", "containers", 0], "msg": "container \"api\" of Pod/clinic/api does not drop ALL capabilities"},
		{"resource": "Pod/clinic/api", "path": ["podSpec", "containers", 1], "msg": "container \"proxy\" of Pod/clinic/api does not drop ALL capabilities"},
	} with input as {"type": "kubernetes", "resources": [workload({"containers": [
		{"name": "api"},
		{"name": "proxy", "securityContext": {"capabilities": {"drop": ["NET_RAW"]}}},
		{"name": "ok", "securityContext": {"capabilities": {"drop": ["all"]}}},
	]})]}
}

test_dropping_privileged_and_windows_pass if {
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [
		workload({"containers": [{"name": "api", "securityContext": {"capabilities": {"drop": ["ALL"]}}}, {"name": "p", "securityContext": {"privileged": true}}]}),
		workload({"os": {"name": "windows"}, "containers": [{"name": "iis"}]}),
	]}
}
