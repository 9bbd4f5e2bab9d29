package evident.checks.kubernetes.kernel_isolation_weakened_test

import data.evident.checks.kubernetes.kernel_isolation_weakened as check
import data.evident.lib.k8s_fixtures_test as fixtures

workload(object, pod_spec) := {
	"id": "Deployment/clinic/api", "apiVersion": "apps/v1", "kind": "Deployment", "name": "api", "namespace": "clinic",
	"file": "deploy.yaml", "startLine": 1, "endLine": 40, "object": object, "podSpec": pod_spec,
	"podSpecPath": ["object", "spec", "template", "spec"],
}

at(path, msg) := {"resource": "Deployment/clinic/api", "path": path, "msg": msg}

test_weakened_isolation_is_reported if {
	check.deny == {
		at(["podSpec", "securityContext", "appArmorProfile", "type"], "Deployment/clinic/api runs without AppArmor (appArmorProfile Unconfined)"),
		at(["object", "spec", "template", "metadata", "annotations", "container.apparmor.security.beta.kubernetes.io/sidecar"], "container \"sidecar\" of Deployment/clinic/api runs without AppArmor (annotation unconfined)"),
		at(["podSpec", "containers", 0, "securityContext", "seLinuxOptions", "type"], "container \"api\" of Deployment/clinic/api sets the SELinux type spc_t, beyond the container types the baseline Pod Security Standard allows"),
		at(["podSpec", "containers", 0, "securityContext", "seLinuxOptions", "user"], "container \"api\" of Deployment/clinic/api sets the SELinux user system_u, beyond the container types the baseline Pod Security Standard allows"),
		at(["podSpec", "containers", 1, "securityContext", "procMount"], "container \"sidecar\" of Deployment/clinic/api mounts /proc without the kernel's masks (procMount Unmasked)"),
		at(["podSpec", "securityContext", "sysctls", 1, "name"], "Deployment/clinic/api sets the sysctl kernel.msgmax, outside Kubernetes' safe set: it may change the kernel for other pods or the node"),
	} with input as {"type": "kubernetes", "resources": [workload(
		{"spec": {"template": {"metadata": {"annotations": {
			"container.apparmor.security.beta.kubernetes.io/api": "runtime/default",
			"container.apparmor.security.beta.kubernetes.io/sidecar": "unconfined",
		}}}}},
		{
			"securityContext": {
				"appArmorProfile": {"type": "Unconfined"},
				"sysctls": [{"name": "net.ipv4.tcp_syncookies", "value": "1"}, {"name": "kernel.msgmax", "value": "65536"}],
			},
			"containers": [
				{"name": "api", "securityContext": {"seLinuxOptions": {"type": "spc_t", "user": "system_u", "level": "s0:c123,c456"}}},
				{"name": "sidecar", "securityContext": {"procMount": "Unmasked"}},
			],
		},
	)]}
}

test_baseline_settings_pass if {
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [workload(
		{"spec": {"template": {"metadata": {"annotations": {
			"container.apparmor.security.beta.kubernetes.io/api": "localhost/k8s-apparmor-example-deny-write",
			"container.apparmor.security.beta.kubernetes.io/sidecar": "runtime/default",
		}}}}},
		{
			"securityContext": {
				"appArmorProfile": {"type": "RuntimeDefault"},
				"seLinuxOptions": {"type": "container_t", "level": "s0:c123,c456", "user": ""},
				"sysctls": [
					{"name": "net.ipv4.ip_local_port_range", "value": "1024 65535"},
					{"name": "net/ipv4/tcp_syncookies", "value": "1"},
					{"name": "net.ipv4.tcp_rmem", "value": "4096 87380 6291456"},
				],
			},
			"containers": [
				{"name": "api", "securityContext": {"appArmorProfile": {"type": "Localhost", "localhostProfile": "deny-write"}, "procMount": "Default"}},
				{"name": "sidecar", "securityContext": {"seLinuxOptions": {"type": "container_init_t"}}},
			],
		},
	)]}
}

test_values_not_known_are_not_reported if {
	unknown := {"__unknown__": "var.value", "refs": ["var.value"]}
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [workload({}, {
		"securityContext": {"sysctls": [{"name": unknown}], "seLinuxOptions": {"type": unknown}},
		"containers": [{"name": "api", "securityContext": {"procMount": unknown, "appArmorProfile": {"type": unknown}}}],
	})]}
}

test_overlay_patch_is_reported_in_the_patch if {
	check.deny == {{
		"resource": fixtures.patch_fragment_id,
		"path": ["podSpec", "containers", 0, "securityContext", "procMount"],
		"msg": concat("", ["container \"api\" of ", fixtures.patch_fragment_id, " mounts /proc without the kernel's masks (procMount Unmasked)"]),
	}} with input as fixtures.patched({"containers": [{"name": "api", "securityContext": {"procMount": "Unmasked"}}]})
}
