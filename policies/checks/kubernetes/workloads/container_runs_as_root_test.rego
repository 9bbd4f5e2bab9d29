package evident.checks.kubernetes.container_runs_as_root_test

import data.evident.checks.kubernetes.container_runs_as_root as check

workload(pod_spec) := {
	"id": "Deployment/clinic/api", "apiVersion": "apps/v1", "kind": "Deployment", "name": "api", "namespace": "clinic",
	"file": "deploy.yaml", "startLine": 1, "endLine": 30, "object": {}, "podSpec": pod_spec,
}

test_missing_settings_and_explicit_root_are_reported if {
	check.deny == {
		{
			"resource": "Deployment/clinic/api",
			"path": ["podSpec", "containers", 0],
			"msg": "container \"api\" of Deployment/clinic/api may run as root (no runAsNonRoot: true and no runAsUser above 0)",
		},
		{
			"resource": "Deployment/clinic/api",
			"path": ["podSpec", "initContainers", 0, "securityContext", "runAsUser"],
			"msg": "init container \"setup\" of Deployment/clinic/api runs as root (runAsUser: 0)",
		},
	} with input as {"type": "kubernetes", "resources": [workload({
		"initContainers": [{"name": "setup", "securityContext": {"runAsUser": 0}}],
		"containers": [{"name": "api", "securityContext": {"runAsNonRoot": false}}],
	})]}
}

test_pod_level_root_user_is_reported_at_the_pod if {
	check.deny == {{
		"resource": "Deployment/clinic/api",
		"path": ["podSpec", "securityContext", "runAsUser"],
		"msg": "container \"api\" of Deployment/clinic/api runs as root (runAsUser: 0)",
	}} with input as {"type": "kubernetes", "resources": [workload({"securityContext": {"runAsUser": 0}, "containers": [{"name": "api"}]})]}
}

test_non_root_pods_pass if {
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [
		workload({"securityContext": {"runAsNonRoot": true}, "containers": [{"name": "api"}, {"name": "proxy", "securityContext": {"runAsUser": 1000}}]}),
		workload({"containers": [{"name": "api", "securityContext": {"runAsUser": 10001}}]}),
		workload({"os": {"name": "windows"}, "containers": [{"name": "iis"}]}),
	]}
}
