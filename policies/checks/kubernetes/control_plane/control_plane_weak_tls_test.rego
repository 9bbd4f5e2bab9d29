package evident.checks.kubernetes.control_plane_weak_tls_test

import data.evident.checks.kubernetes.control_plane_weak_tls as check
import data.evident.lib.k8s_fixtures_test as fixtures

pod(name, command) := fixtures.control_plane_pod(name, {"command": command})

at(name, path, msg) := {"resource": concat("", ["Pod/kube-system/", name]), "path": path, "msg": msg}

test_old_tls_versions_are_reported if {
	check.deny == {
		at("kube-apiserver", ["podSpec", "containers", 0, "command", 1], "kube-apiserver (container \"kube-apiserver\" of Pod/kube-system/kube-apiserver) accepts TLS 1.0 (--tls-min-version=VersionTLS10)"),
		at("kube-scheduler", ["podSpec", "containers", 0, "command", 1], "kube-scheduler (container \"kube-scheduler\" of Pod/kube-system/kube-scheduler) accepts TLS 1.1 (--tls-min-version=VersionTLS11)"),
	} with input as {"type": "kubernetes", "resources": [
		pod("kube-apiserver", ["kube-apiserver", "--tls-min-version=VersionTLS10"]),
		pod("kube-scheduler", ["kube-scheduler", "--tls-min-version", "VersionTLS11"]),
	]}
}

test_weak_cipher_suites_are_reported_each_with_its_weakness if {
	check.deny == {
		at("kube-apiserver", ["podSpec", "containers", 0, "command", 1], "kube-apiserver (container \"kube-apiserver\" of Pod/kube-system/kube-apiserver) accepts weak TLS cipher suites (--tls-cipher-suites): TLS_RSA_WITH_AES_128_GCM_SHA256 (RSA key exchange: no forward secrecy), TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA (3DES: 64-bit blocks, Sweet32)"),
		at("etcd", ["podSpec", "containers", 0, "command", 2], "etcd (container \"etcd\" of Pod/kube-system/etcd) accepts weak TLS cipher suites (--cipher-suites): TLS_ECDHE_RSA_WITH_RC4_128_SHA (RC4 is broken), TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256 (CBC with SHA-256, insecure in Go)"),
	} with input as {"type": "kubernetes", "resources": [
		pod("kube-apiserver", ["kube-apiserver", "--tls-cipher-suites=TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_RSA_WITH_AES_128_GCM_SHA256, TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA"]),
		pod("etcd", ["etcd", "--client-cert-auth=true", "--cipher-suites", "TLS_ECDHE_RSA_WITH_RC4_128_SHA,TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256"]),
	]}
}

test_kubelet_configuration_is_reported if {
	check.deny == {
		{
			"resource": "KubeletConfiguration/kubelet.yaml",
			"path": ["object", "tlsMinVersion"],
			"msg": "KubeletConfiguration/kubelet.yaml lets the kubelet accept TLS 1.1 (tlsMinVersion: VersionTLS11)",
		},
		{
			"resource": "KubeletConfiguration/kubelet.yaml",
			"path": ["object", "tlsCipherSuites"],
			"msg": "KubeletConfiguration/kubelet.yaml lets the kubelet accept weak TLS cipher suites (tlsCipherSuites): TLS_RSA_WITH_AES_256_CBC_SHA (RSA key exchange: no forward secrecy)",
		},
	} with input as {"type": "kubernetes", "resources": [fixtures.component_config("KubeletConfiguration", "kubelet.config.k8s.io/v1beta1", "kubelet.yaml", {
		"tlsMinVersion": "VersionTLS11",
		"tlsCipherSuites": ["TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "TLS_RSA_WITH_AES_256_CBC_SHA"],
	})]}
}

test_kubeadm_arguments_are_judged if {
	check.deny == {{
		"resource": "ClusterConfiguration/kubeadm.yaml",
		"path": ["object", "apiServer", "extraArgs", "tls-min-version"],
		"msg": "kube-apiserver of ClusterConfiguration/kubeadm.yaml accepts TLS 1.0 (--tls-min-version=VersionTLS10)",
	}} with input as {"type": "kubernetes", "resources": [fixtures.component_config("ClusterConfiguration", "kubeadm.k8s.io/v1beta3", "kubeadm.yaml", {"apiServer": {"extraArgs": {"tls-min-version": "VersionTLS10"}}})]}
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [fixtures.component_config("ClusterConfiguration", "kubeadm.k8s.io/v1beta3", "kubeadm.yaml", {
		"apiServer": {"extraArgs": {"tls-min-version": "VersionTLS12"}},
		"etcd": {"local": {"extraArgs": {"cipher-suites": "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"}}},
	})]}
}

test_strong_or_default_settings_pass if {
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [
		# Go's defaults
		pod("kube-apiserver", ["kube-apiserver", "--tls-cert-file=/etc/kubernetes/pki/apiserver.crt"]),
		pod("kube-controller-manager", [
			"kube-controller-manager", "--tls-min-version=VersionTLS12",
			"--tls-cipher-suites=TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305,TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA,TLS_AES_128_GCM_SHA256",
		]),
		pod("etcd", ["etcd", "--client-cert-auth=true", "--tls-min-version=TLS1.3", "--cipher-suites=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"]),
		# a program that is not part of the control plane, with the same flag
		pod("proxy", ["envoy-proxy", "--tls-min-version=VersionTLS10"]),
	]}
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [fixtures.component_config("KubeletConfiguration", "kubelet.config.k8s.io/v1beta1", "kubelet.yaml", {
		"tlsMinVersion": "VersionTLS13",
		"tlsCipherSuites": ["TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384"],
	})]}
}
