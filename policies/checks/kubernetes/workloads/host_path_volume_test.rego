package evident.checks.kubernetes.host_path_volume_test

import data.evident.checks.kubernetes.host_path_volume as check
import data.evident.lib.k8s_fixtures_test as fixtures

workload(pod_spec) := {
	"id": "DaemonSet/monitoring/agent", "apiVersion": "apps/v1", "kind": "DaemonSet", "name": "agent", "namespace": "monitoring",
	"file": "ds.yaml", "startLine": 1, "endLine": 30, "object": {}, "podSpec": pod_spec,
}

test_host_paths_are_reported if {
	check.deny == {
		{
			"resource": "DaemonSet/monitoring/agent",
			"path": ["podSpec", "volumes", 0, "hostPath", "path"],
			"msg": "DaemonSet/monitoring/agent mounts the node path /var/run/docker.sock (the container runtime socket) as volume \"docker\"",
		},
		{
			"resource": "DaemonSet/monitoring/agent",
			"path": ["podSpec", "volumes", 1, "hostPath", "path"],
			"msg": "DaemonSet/monitoring/agent mounts the node path / (the node's root filesystem) as volume \"root\"",
		},
		{
			"resource": "DaemonSet/monitoring/agent",
			"path": ["podSpec", "volumes", 2, "hostPath", "path"],
			"msg": "DaemonSet/monitoring/agent mounts the node path /var/log as volume \"logs\"",
		},
	} with input as {"type": "kubernetes", "resources": [workload({
		"volumes": [
			{"name": "docker", "hostPath": {"path": "/var/run/docker.sock", "type": "Socket"}},
			{"name": "root", "hostPath": {"path": "/"}},
			{"name": "logs", "hostPath": {"path": "/var/log"}},
			{"name": "data", "persistentVolumeClaim": {"claimName": "data"}},
		],
		"containers": [{"name": "agent"}],
	})]}
}

test_other_volumes_pass if {
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [workload({
		"volumes": [
			{"name": "cache", "emptyDir": {}},
			{"name": "config", "configMap": {"name": "agent"}},
		],
		"containers": [{"name": "agent"}],
	})]}
}

# An overlay's patch of a base it includes (input.patches) that adds a hostPath volume.
test_host_path_added_by_an_overlay_patch_is_reported if {
	check.deny == {{
		"resource": "Deployment/api (patch overlays/prod/debug.yaml:1)",
		"path": ["podSpec", "volumes", 0, "hostPath", "path"],
		"msg": "Deployment/api (patch overlays/prod/debug.yaml:1) mounts the node path /var/run/docker.sock (the container runtime socket) as volume \"docker\"",
	}} with input as fixtures.patched({"volumes": [{"name": "docker", "hostPath": {"path": "/var/run/docker.sock"}}]})
	count(check.deny) == 0 with input as fixtures.patched({"volumes": [{"name": "cache", "emptyDir": {}}]})
}
