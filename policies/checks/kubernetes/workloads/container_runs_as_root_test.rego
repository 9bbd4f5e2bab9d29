package evident.checks.kubernetes.container_runs_as_root_test

import data.evident.checks.kubernetes.container_runs_as_root as check
import data.evident.lib.k8s_fixtures_test as fixtures

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

# An overlay's patch of a base it includes (input.patches): only a container's own runAsUser: 0.
# A patch that leaves the user out, or sets it on the pod only (the base's container may set its
# own), says nothing of the base.
test_overlay_patch_that_runs_a_container_as_root_is_reported if {
	check.deny == {{
		"resource": "Deployment/api (patch overlays/prod/debug.yaml:1)",
		"path": ["podSpec", "containers", 0, "securityContext", "runAsUser"],
		"msg": "container \"api\" of Deployment/api (patch overlays/prod/debug.yaml:1) runs as root (runAsUser: 0)",
	}} with input as fixtures.patched({"containers": [{"name": "api", "securityContext": {"runAsUser": 0}}]})
	count(check.deny) == 0 with input as fixtures.patched({"containers": [{"name": "api", "resources": {"limits": {"memory": "1Gi"}}}]})
	count(check.deny) == 0 with input as fixtures.patched({"securityContext": {"runAsUser": 0}, "containers": [{"name": "api"}]})
}
