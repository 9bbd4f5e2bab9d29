package evident.lib.control_plane_static_pods_test

import data.evident.checks.kubernetes.capabilities_not_dropped
import data.evident.checks.kubernetes.container_runs_as_root
import data.evident.checks.kubernetes.host_namespaces_shared
import data.evident.checks.kubernetes.host_path_volume
import data.evident.checks.kubernetes.privilege_escalation_allowed
import data.evident.checks.kubernetes.service_account_token_automounted
import data.evident.checks.kubernetes.writable_root_filesystem
import data.evident.lib.control_plane

# A static pod as kubeadm writes it: root, host network, the node's certificates mounted, no service account.
pod(namespace, command) := {
	"id": concat("", ["Pod/", namespace, "/kube-apiserver"]), "apiVersion": "v1", "kind": "Pod", "name": "kube-apiserver",
	"namespace": namespace, "file": "kube-apiserver.yaml", "startLine": 1, "endLine": 60, "object": {},
	"podSpec": {
		"hostNetwork": true,
		"containers": [{"name": "kube-apiserver", "image": "registry.k8s.io/kube-apiserver:v1.30.2", "command": command}],
		"volumes": [{"name": "k8s-certs", "hostPath": {"path": "/etc/kubernetes/pki", "type": "DirectoryOrCreate"}}],
	},
	"podSpecPath": ["object", "spec"],
}

denies(namespace, command) := counts if {
	counts := [count(d) |
		some d in [
			container_runs_as_root.deny, privilege_escalation_allowed.deny, host_namespaces_shared.deny, host_path_volume.deny,
			capabilities_not_dropped.deny, writable_root_filesystem.deny, service_account_token_automounted.deny,
		]
	] with input as {"type": "kubernetes", "resources": [pod(namespace, command)]}
}

test_static_control_plane_pods_are_left_to_the_control_plane_checks if {
	denies("kube-system", ["kube-apiserver", "--secure-port=6443"]) == [0, 0, 0, 0, 0, 0, 0]
	denies("kube-system", ["/usr/local/bin/etcd"]) == [0, 0, 0, 0, 0, 0, 0]
	control_plane.static_pods == {"Pod/kube-system/kube-apiserver"} with input as {"type": "kubernetes", "resources": [pod("kube-system", ["kube-scheduler"])]}
}

test_the_same_pod_elsewhere_or_running_another_program_is_reported if {
	every n in denies("clinic", ["kube-apiserver"]) {
		n > 0
	}
	every n in denies("kube-system", ["nginx"]) {
		n > 0
	}
	every n in denies("kube-system", ["kubelet"]) {
		n > 0
	}
}
