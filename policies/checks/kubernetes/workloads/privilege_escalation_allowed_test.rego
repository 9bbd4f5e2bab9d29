package evident.checks.kubernetes.privilege_escalation_allowed_test

import data.evident.checks.kubernetes.privilege_escalation_allowed as check
import data.evident.lib.k8s_fixtures_test as fixtures

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

# An overlay's patch of a base it includes (input.patches): only an explicit true is reported;
# a patch that leaves the field out says nothing of the base.
test_overlay_patch_that_allows_escalation_is_reported if {
	check.deny == {{
		"resource": "Deployment/api (patch overlays/prod/debug.yaml:1)",
		"path": ["podSpec", "containers", 0, "securityContext", "allowPrivilegeEscalation"],
		"msg": "container \"api\" of Deployment/api (patch overlays/prod/debug.yaml:1) sets allowPrivilegeEscalation: true",
	}} with input as fixtures.patched({"containers": [{"name": "api", "securityContext": {"allowPrivilegeEscalation": true}}]})
	count(check.deny) == 0 with input as fixtures.patched({"containers": [{"name": "api", "resources": {"limits": {"memory": "1Gi"}}}]})
}
