package evident.checks.kubernetes.privilege_escalation_allowed_test

import data.evident.checks.kubernetes.privilege_escalation_allowed as check

workload(pod_spec) := {
	"id": "Deployment/clinic/api", "apiVersion": "apps/v1", "kind": "Deployment", "name": "api", "namespace": "clinic",
	"file": "deploy.yaml", "startLine": 1, "endLine": 30, "object": {}, "podSpec": pod_spec,
}

test_missing_and_true_are_reported if {
	check.deny == {
		{
			"resource": "Deployment/clinic/api",
			"path": ["podSpec", "containers", 0],
			"msg": "container \"api\" of Deployment/clinic/api does not set allowPrivilegeEscalation: false",
		},
		{
			"resource": "Deployment/clinic/api",
			"path": ["podSpec", "containers", 1, "securityContext", "allowPrivilegeEscalation"],
			"msg": "container \"debug\" of Deployment/clinic/api sets allowPrivilegeEscalation: true",
		},
	} with input as {"type": "kubernetes", "resources": [workload({"containers": [
		{"name": "api"},
		{"name": "debug", "securityContext": {"allowPrivilegeEscalation": true}},
		{"name": "ok", "securityContext": {"allowPrivilegeEscalation": false}},
		{"name": "privileged", "securityContext": {"privileged": true}},
	]})]}
}

test_hardened_and_windows_pods_pass if {
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [
		workload({"initContainers": [{"name": "init", "securityContext": {"allowPrivilegeEscalation": false}}], "containers": [{"name": "api", "securityContext": {"allowPrivilegeEscalation": false}}]}),
		workload({"os": {"name": "windows"}, "containers": [{"name": "iis"}]}),
	]}
}
