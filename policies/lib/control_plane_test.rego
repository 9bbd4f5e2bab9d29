package evident.lib.control_plane_test

import data.evident.lib.control_plane
import data.evident.lib.k8s_fixtures_test as fixtures

static_pod(command, args) := fixtures.control_plane_pod("kube-apiserver", object.union({"command": command}, args))

test_flags_of_a_static_pod if {
	components := control_plane.components with input as {"type": "kubernetes", "resources": [static_pod(
		["/usr/local/bin/kube-apiserver", "--authorization-mode=Node,RBAC", "--audit-log-maxage", "7", "--profiling", "--v=2", "--v=4"],
		{"args": ["--secure-port", 6443, "--token-auth-file="]},
	)]}
	components == [{
		"resource": static_pod(
			["/usr/local/bin/kube-apiserver", "--authorization-mode=Node,RBAC", "--audit-log-maxage", "7", "--profiling", "--v=2", "--v=4"],
			{"args": ["--secure-port", 6443, "--token-auth-file="]},
		),
		"program": "kube-apiserver",
		"label": "kube-apiserver (container \"kube-apiserver\" of Pod/kube-system/kube-apiserver)",
		"flags": {
			"authorization-mode": {"value": "Node,RBAC", "path": ["podSpec", "containers", 0, "command", 1]},
			"audit-log-maxage": {"value": "7", "path": ["podSpec", "containers", 0, "command", 2]},
			"profiling": {"value": "true", "path": ["podSpec", "containers", 0, "command", 4]},
			"v": {"value": "4", "path": ["podSpec", "containers", 0, "command", 6]},
			"secure-port": {"value": "6443", "path": ["podSpec", "containers", 0, "args", 0]},
			"token-auth-file": {"value": "", "path": ["podSpec", "containers", 0, "args", 2]},
		},
		"complete": true,
		"at": ["podSpec", "containers", 0, "command"],
		"kubeadm": false,
	}]
	server := components[0]
	control_plane.set(server, "authorization-mode")
	not control_plane.set(server, "token-auth-file")
	control_plane.flag_may_be_true(server, "profiling")
	server.complete
	control_plane.list_has(control_plane.value(server, "authorization-mode"), "RBAC")
	not control_plane.list_has(control_plane.value(server, "authorization-mode"), "AlwaysAllow")
	control_plane.flag_path(server, "audit-log-path") == ["podSpec", "containers", 0, "command"]
}

test_other_programs_and_shells_are_not_components if {
	count(control_plane.components) == 0 with input as {"type": "kubernetes", "resources": [
		static_pod(["nginx", "-g", "daemon off;"], {}),
		static_pod(["/bin/sh", "-c", "kube-apiserver --insecure-port=8080"], {}),
		static_pod("kube-apiserver", {}),
	]}
}

kubeadm(api_version, object) := fixtures.component_config("ClusterConfiguration", api_version, "kubeadm.yaml", object)

test_kubeadm_extra_args_map_and_list if {
	config := kubeadm("kubeadm.k8s.io/v1beta3", {"apiServer": {"extraArgs": {"audit-log-path": "/var/log/audit.log"}}, "etcd": {"external": {"endpoints": ["https://etcd:2379"]}}})
	components := control_plane.components with input as {"type": "kubernetes", "resources": [config]}
	{[c.program, c.flags, c.at] | some c in components} == {
		["kube-apiserver", {"audit-log-path": {"value": "/var/log/audit.log", "path": ["object", "apiServer", "extraArgs", "audit-log-path"]}}, ["object", "apiServer", "extraArgs"]],
		["kube-controller-manager", {}, []],
		["kube-scheduler", {}, []],
	}
	listed := kubeadm("kubeadm.k8s.io/v1beta4", {"etcd": {"local": {"extraArgs": [
		{"name": "client-cert-auth", "value": "true"},
		{"name": "client-cert-auth", "value": "false"},
	]}}})
	etcd := [c | some c in control_plane.components; c.program == "etcd"] with input as {"type": "kubernetes", "resources": [listed]}
	etcd[0].flags == {"client-cert-auth": {"value": "false", "path": ["object", "etcd", "local", "extraArgs", 1]}}
	etcd[0].label == "etcd of ClusterConfiguration/kubeadm.yaml"
	etcd[0].kubeadm
}

test_kubeadm_of_another_group_is_ignored if {
	count(control_plane.components) == 0 with input as {"type": "kubernetes", "resources": [kubeadm("example.com/v1", {})]}
}

test_uses_http if {
	control_plane.uses_http("https://10.0.0.1:2379, HTTP://10.0.0.2:2379")
	not control_plane.uses_http("https://10.0.0.1:2379,https://10.0.0.2:2379")
}

test_kubeadm_kubelet_extra_args if {
	join := {
		"id": "JoinConfiguration/join.yaml", "apiVersion": "kubeadm.k8s.io/v1beta3", "kind": "JoinConfiguration", "name": "",
		"namespace": null, "file": "join.yaml", "startLine": 1, "endLine": 10,
		"object": {"nodeRegistration": {"kubeletExtraArgs": {"read-only-port": "10255"}}},
	}
	components := control_plane.components with input as {"type": "kubernetes", "resources": [join]}
	components == [{
		"resource": join, "program": "kubelet", "label": "kubelet of JoinConfiguration/join.yaml",
		"flags": {"read-only-port": {"value": "10255", "path": ["object", "nodeRegistration", "kubeletExtraArgs", "read-only-port"]}},
		"complete": true, "at": ["object", "nodeRegistration", "kubeletExtraArgs"], "kubeadm": true,
	}]
	bare := json.patch(join, [{"op": "replace", "path": "/object", "value": {"discovery": {}}}])
	[c.at | some c in control_plane.components] == [[]] with input as {"type": "kubernetes", "resources": [bare]}
}

unknown := {"__unknown__": "var.flag", "refs": ["var.flag"]}

test_unknown_tokens_and_arguments_make_a_command_line_incomplete if {
	[c.complete | some c in control_plane.components] == [false] with input as {"type": "kubernetes", "resources": [static_pod(["kube-apiserver", unknown], {})]}
	[c.complete | some c in control_plane.components] == [false] with input as {"type": "kubernetes", "resources": [static_pod(["kube-apiserver"], {"args": unknown})]}
	flags := [c.flags | some c in control_plane.components] with input as {"type": "kubernetes", "resources": [static_pod(["etcd", "--client-cert-auth", unknown], {})]}
	flags == [{"client-cert-auth": {"value": unknown, "path": ["podSpec", "containers", 0, "command", 1]}}]
	[c.complete | some c in control_plane.components; c.program == "kube-apiserver"] == [false] with input as {"type": "kubernetes", "resources": [kubeadm("kubeadm.k8s.io/v1beta3", {"apiServer": {"extraArgs": unknown}})]}
}

test_a_pod_that_may_be_a_static_control_plane_pod if {
	control_plane.static_pods == {"Pod/kube-system/kube-apiserver"} with input as {"type": "kubernetes", "resources": [static_pod(unknown, {})]}
	unknown_namespace := json.patch(static_pod(["etcd"], {}), [{"op": "replace", "path": "/namespace", "value": unknown}])
	control_plane.static_pods == {"Pod/kube-system/kube-apiserver"} with input as {"type": "kubernetes", "resources": [unknown_namespace]}
	count(control_plane.static_pods) == 0 with input as {"type": "kubernetes", "resources": [json.patch(static_pod(["etcd"], {}), [{"op": "replace", "path": "/namespace", "value": "records"}])]}
}

capi(kind, api_version, spec) := {
	"id": concat("", [kind, "/clinic/records"]), "apiVersion": api_version, "kind": kind, "name": "records",
	"namespace": "clinic", "file": "cluster.yaml", "startLine": 1, "endLine": 40, "object": {"spec": spec},
}

test_cluster_api_kubeadm_configurations if {
	kcp := capi("KubeadmControlPlane", "controlplane.cluster.x-k8s.io/v1beta1", {"kubeadmConfigSpec": {
		"clusterConfiguration": {"apiServer": {"extraArgs": {"audit-log-path": "-"}}},
		"joinConfiguration": {"nodeRegistration": {"kubeletExtraArgs": {"read-only-port": "10255"}}},
	}})
	components := control_plane.components with input as {"type": "kubernetes", "resources": [kcp]}
	{[c.program, c.flags, c.at, c.complete] | some c in components} == {
		[
			"kube-apiserver", {"audit-log-path": {"value": "-", "path": ["object", "spec", "kubeadmConfigSpec", "clusterConfiguration", "apiServer", "extraArgs", "audit-log-path"]}},
			["object", "spec", "kubeadmConfigSpec", "clusterConfiguration", "apiServer", "extraArgs"], true,
		],
		["kube-controller-manager", {}, ["object", "spec", "kubeadmConfigSpec", "clusterConfiguration"], true],
		["kube-scheduler", {}, ["object", "spec", "kubeadmConfigSpec", "clusterConfiguration"], true],
		["etcd", {}, ["object", "spec", "kubeadmConfigSpec", "clusterConfiguration"], true],
		[
			"kubelet", {"read-only-port": {"value": "10255", "path": ["object", "spec", "kubeadmConfigSpec", "joinConfiguration", "nodeRegistration", "kubeletExtraArgs", "read-only-port"]}},
			["object", "spec", "kubeadmConfigSpec", "joinConfiguration", "nodeRegistration", "kubeletExtraArgs"], true,
		],
	}
	[c.label | some c in components; c.program == "kube-apiserver"] == ["kube-apiserver of KubeadmControlPlane/clinic/records"]
}

test_cluster_api_templates if {
	# a ClusterClass's template: its patches may add arguments
	template := capi("KubeadmControlPlaneTemplate", "controlplane.cluster.x-k8s.io/v1beta1", {"template": {"spec": {"kubeadmConfigSpec": {}}}})
	{[c.program, c.complete] | some c in control_plane.components} == {
		["kube-apiserver", false], ["kube-controller-manager", false], ["kube-scheduler", false], ["etcd", false],
	} with input as {"type": "kubernetes", "resources": [template]}
	workers := capi("KubeadmConfigTemplate", "bootstrap.cluster.x-k8s.io/v1beta1", {"template": {"spec": {"joinConfiguration": {"nodeRegistration": {"kubeletExtraArgs": {"anonymous-auth": "true"}}}}}})
	[[c.program, c.flags["anonymous-auth"].value] | some c in control_plane.components] == [["kubelet", "true"]] with input as {"type": "kubernetes", "resources": [workers]}
	other := capi("KubeadmControlPlane", "example.com/v1", {"kubeadmConfigSpec": {}})
	count(control_plane.components) == 0 with input as {"type": "kubernetes", "resources": [other]}
}
