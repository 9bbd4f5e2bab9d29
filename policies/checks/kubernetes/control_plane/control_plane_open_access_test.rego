package evident.checks.kubernetes.control_plane_open_access_test

import data.evident.checks.kubernetes.control_plane_open_access as check
import data.evident.lib.k8s_fixtures_test as fixtures

pod(name, command) := fixtures.control_plane_pod(name, {"command": command})

kubelet_config(object) := fixtures.component_config("KubeletConfiguration", "kubelet.config.k8s.io/v1beta1", "kubelet.yaml", object)

test_api_server_always_allow_and_static_credentials_are_reported if {
	check.deny == {
		{
			"resource": "Pod/kube-system/kube-apiserver",
			"path": ["podSpec", "containers", 0, "command", 1],
			"msg": "kube-apiserver (container \"kube-apiserver\" of Pod/kube-system/kube-apiserver) authorizes every request: --authorization-mode includes AlwaysAllow",
		},
		{
			"resource": "Pod/kube-system/kube-apiserver",
			"path": ["podSpec", "containers", 0, "command", 2],
			"msg": "kube-apiserver (container \"kube-apiserver\" of Pod/kube-system/kube-apiserver) accepts static credentials listed in --token-auth-file, kept in clear text on the node, which never expire and cannot be revoked without a restart",
		},
	} with input as {"type": "kubernetes", "resources": [pod("kube-apiserver", ["kube-apiserver", "--authorization-mode=RBAC,AlwaysAllow", "--token-auth-file=/etc/kubernetes/tokens.csv", "--anonymous-auth=true"])]}
}

test_kubelet_flags_are_reported if {
	check.deny == {
		{
			"resource": "Pod/kube-system/kubelet",
			"path": ["podSpec", "containers", 0, "command", 1],
			"msg": "kubelet (container \"kubelet\" of Pod/kube-system/kubelet) accepts anonymous requests (--anonymous-auth=true)",
		},
		{
			"resource": "Pod/kube-system/kubelet",
			"path": ["podSpec", "containers", 0, "command"],
			"msg": "kubelet (container \"kubelet\" of Pod/kube-system/kubelet) authorizes every request (AlwaysAllow): --authorization-mode is not set, and without --config the flag's default applies",
		},
	} with input as {"type": "kubernetes", "resources": [pod("kubelet", ["kubelet", "--anonymous-auth=true"])]}
	check.deny == {
		{
			"resource": "Pod/kube-system/kubelet",
			"path": ["podSpec", "containers", 0, "command"],
			"msg": "kubelet (container \"kubelet\" of Pod/kube-system/kubelet) accepts anonymous requests: --anonymous-auth is not set, and without --config the flag's default applies",
		},
		{
			"resource": "Pod/kube-system/kubelet",
			"path": ["podSpec", "containers", 0, "command"],
			"msg": "kubelet (container \"kubelet\" of Pod/kube-system/kubelet) authorizes every request (AlwaysAllow): --authorization-mode is not set, and without --config the flag's default applies",
		},
	} with input as {"type": "kubernetes", "resources": [pod("kubelet", ["/usr/bin/kubelet"])]}
}

test_kubelet_configuration_is_reported if {
	check.deny == {
		{
			"resource": "KubeletConfiguration/kubelet.yaml",
			"path": ["object", "authentication", "anonymous", "enabled"],
			"msg": "KubeletConfiguration/kubelet.yaml lets the kubelet accept anonymous requests (authentication.anonymous.enabled)",
		},
		{
			"resource": "KubeletConfiguration/kubelet.yaml",
			"path": ["object", "authorization", "mode"],
			"msg": "KubeletConfiguration/kubelet.yaml lets the kubelet authorize every request (authorization.mode: AlwaysAllow)",
		},
	} with input as {"type": "kubernetes", "resources": [kubelet_config({"authentication": {"anonymous": {"enabled": true}}, "authorization": {"mode": "AlwaysAllow"}})]}
}

test_secure_settings_pass if {
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [
		# the API server's own anonymous access is RBAC's to restrict
		pod("kube-apiserver", ["kube-apiserver", "--authorization-mode=Node,RBAC", "--anonymous-auth=true", "--token-auth-file="]),
		pod("kubelet", ["kubelet", "--anonymous-auth=false", "--authorization-mode=Webhook"]),
		# a configuration file decides
		pod("kubelet", ["kubelet", "--config=/var/lib/kubelet/config.yaml"]),
		kubelet_config({"authentication": {"anonymous": {"enabled": false}, "webhook": {"enabled": true}}, "authorization": {"mode": "Webhook"}}),
		# the file's defaults: no anonymous access, Webhook authorization
		kubelet_config({"clusterDNS": ["10.96.0.10"]}),
	]}
}

test_kubeadm_always_allow if {
	check.deny == {{
		"resource": "ClusterConfiguration/kubeadm.yaml",
		"path": ["object", "apiServer", "extraArgs", "authorization-mode"],
		"msg": "kube-apiserver of ClusterConfiguration/kubeadm.yaml authorizes every request: --authorization-mode includes AlwaysAllow",
	}} with input as {"type": "kubernetes", "resources": [fixtures.component_config(
		"ClusterConfiguration", "kubeadm.k8s.io/v1beta3", "kubeadm.yaml",
		{"apiServer": {"extraArgs": {"authorization-mode": "AlwaysAllow"}}},
	)]}
}

test_kubeadm_kubelet_defaults_are_kubeadms if {
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [init({"node-ip": "10.0.1.5"})]}
	check.deny == {{
		"resource": "InitConfiguration/kubeadm.yaml",
		"path": ["object", "nodeRegistration", "kubeletExtraArgs", "anonymous-auth"],
		"msg": "kubelet of InitConfiguration/kubeadm.yaml accepts anonymous requests (--anonymous-auth=true)",
	}} with input as {"type": "kubernetes", "resources": [init({"anonymous-auth": "true"})]}
}

init(kubelet_args) := fixtures.component_config("InitConfiguration", "kubeadm.k8s.io/v1beta3", "kubeadm.yaml", {"nodeRegistration": {"kubeletExtraArgs": kubelet_args}})
