package evident.checks.kubernetes.privileged_container_test

import data.evident.checks.kubernetes.privileged_container as check
import data.evident.lib.k8s_fixtures_test as fixtures

workload(kind, pod_spec) := {
	"id": concat("/", [kind, "clinic", "api"]), "apiVersion": "apps/v1", "kind": kind, "name": "api", "namespace": "clinic",
	"file": "deploy.yaml", "startLine": 1, "endLine": 30, "object": {}, "podSpec": pod_spec,
}

test_privileged_container_is_reported if {
	check.deny == {{
		"resource": "Deployment/clinic/api",
		"path": ["podSpec", "containers", 1, "securityContext", "privileged"],
		"msg": "container \"debug\" of Deployment/clinic/api runs privileged",
	}} with input as {"type": "kubernetes", "resources": [workload("Deployment", {"containers": [
		{"name": "api", "image": "api:1"},
		{"name": "debug", "image": "busybox:1", "securityContext": {"privileged": true}},
	]})]}
}

test_privileged_init_container_is_reported if {
	check.deny == {{
		"resource": "Pod/clinic/api",
		"path": ["podSpec", "initContainers", 0, "securityContext", "privileged"],
		"msg": "init container \"setup\" of Pod/clinic/api runs privileged",
	}} with input as {"type": "kubernetes", "resources": [workload("Pod", {
		"initContainers": [{"name": "setup", "securityContext": {"privileged": true}}],
		"containers": [{"name": "api"}],
	})]}
}

test_unprivileged_containers_pass if {
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [
		workload("Deployment", {"containers": [{"name": "api", "securityContext": {"privileged": false}}, {"name": "b"}]}),
		{"id": "Service/clinic/api", "kind": "Service", "object": {}},
	]}
}

test_unnamed_privileged_container_is_still_reported if {
	check.deny == {{
		"resource": "Pod/clinic/api",
		"path": ["podSpec", "containers", 0, "securityContext", "privileged"],
		"msg": "container \"#0\" of Pod/clinic/api runs privileged",
	}} with input as {"type": "kubernetes", "resources": [workload("Pod", {"containers": [{"securityContext": {"privileged": true}}]})]}
}

# An overlay's patch of a base it includes (input.patches) that sets privileged: the variant it
# deploys is privileged. A patch that does not set it says nothing of the base.
test_privileged_set_by_an_overlay_patch_is_reported if {
	check.deny == {{
		"resource": "Deployment/api (patch overlays/prod/debug.yaml:1)",
		"path": ["podSpec", "containers", 0, "securityContext", "privileged"],
		"msg": "container \"api\" of Deployment/api (patch overlays/prod/debug.yaml:1) runs privileged",
	}} with input as fixtures.patched({"containers": [{"name": "api", "securityContext": {"privileged": true}}]})
	count(check.deny) == 0 with input as fixtures.patched({"containers": [{"name": "api", "resources": {"limits": {"memory": "1Gi"}}}]})
}

test_windows_host_process_is_reported if {
	check.deny == {
		{
			"resource": "Pod/clinic/api",
			"path": ["podSpec", "containers", 1, "securityContext", "windowsOptions", "hostProcess"],
			"msg": "container \"agent\" of Pod/clinic/api runs as a Windows HostProcess container, a process of the node itself",
		},
		{
			"resource": "Pod/clinic/api",
			"path": ["podSpec", "securityContext", "windowsOptions", "hostProcess"],
			"msg": "Pod/clinic/api runs its containers as Windows HostProcess containers, processes of the node itself",
		},
	} with input as {"type": "kubernetes", "resources": [workload("Pod", {
		"securityContext": {"windowsOptions": {"hostProcess": true, "runAsUserName": "NT AUTHORITY\\SYSTEM"}},
		"hostNetwork": true,
		"containers": [{"name": "api"}, {"name": "agent", "securityContext": {"windowsOptions": {"hostProcess": true}}}],
	})]}
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [workload("Pod", {
		"securityContext": {"windowsOptions": {"hostProcess": false, "gmsaCredentialSpecName": "webapp"}},
		"containers": [{"name": "api", "securityContext": {"windowsOptions": {"runAsUserName": "ContainerUser"}}}],
	})]}
}
