package evident.checks.kubernetes.host_port_test

import data.evident.checks.kubernetes.host_port as check
import data.evident.lib.k8s_fixtures_test as fixtures

workload(pod_spec) := {
	"id": "DaemonSet/ingress/controller", "apiVersion": "apps/v1", "kind": "DaemonSet", "name": "controller", "namespace": "ingress",
	"file": "ds.yaml", "startLine": 1, "endLine": 30, "object": {}, "podSpec": pod_spec,
}

test_host_ports_are_reported if {
	check.deny == {{
		"resource": "DaemonSet/ingress/controller",
		"path": ["podSpec", "containers", 0, "ports", 1, "hostPort"],
		"msg": "container \"controller\" of DaemonSet/ingress/controller binds port 443 on the node (hostPort)",
	}} with input as {"type": "kubernetes", "resources": [workload({"containers": [{"name": "controller", "ports": [
		{"containerPort": 80},
		{"containerPort": 443, "hostPort": 443},
	]}]})]}
}

test_container_ports_pass if {
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [workload({"containers": [{"name": "controller", "ports": [{"containerPort": 80, "hostPort": 0}]}]})]}
}

# An overlay's patch of a base it includes (input.patches) that binds a port on the node.
test_host_port_set_by_an_overlay_patch_is_reported if {
	check.deny == {{
		"resource": "Deployment/api (patch overlays/prod/debug.yaml:1)",
		"path": ["podSpec", "containers", 0, "ports", 0, "hostPort"],
		"msg": "container \"api\" of Deployment/api (patch overlays/prod/debug.yaml:1) binds port 9090 on the node (hostPort)",
	}} with input as fixtures.patched({"containers": [{"name": "api", "ports": [{"containerPort": 9090, "hostPort": 9090}]}]})
	count(check.deny) == 0 with input as fixtures.patched({"containers": [{"name": "api", "ports": [{"containerPort": 9090}]}]})
}
