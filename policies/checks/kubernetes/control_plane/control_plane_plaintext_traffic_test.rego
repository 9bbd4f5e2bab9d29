package evident.checks.kubernetes.control_plane_plaintext_traffic_test

import data.evident.checks.kubernetes.control_plane_plaintext_traffic as check
import data.evident.lib.k8s_fixtures_test as fixtures

pod(name, command) := fixtures.control_plane_pod(name, {"command": command})

at(name, path, msg) := {"resource": concat("", ["Pod/kube-system/", name]), "path": path, "msg": msg}

test_api_server_plain_http_is_reported if {
	check.deny == {
		at("kube-apiserver", ["podSpec", "containers", 0, "command", 1], "kube-apiserver (container \"kube-apiserver\" of Pod/kube-system/kube-apiserver) serves the API over plain HTTP without authentication (--insecure-port=8080)"),
		at("kube-apiserver", ["podSpec", "containers", 0, "command", 2], "kube-apiserver (container \"kube-apiserver\" of Pod/kube-system/kube-apiserver) talks to kubelets over plain HTTP (--kubelet-https=false)"),
		at("kube-apiserver", ["podSpec", "containers", 0, "command", 3], "kube-apiserver (container \"kube-apiserver\" of Pod/kube-system/kube-apiserver) reaches etcd over plain HTTP (--etcd-servers=http://10.0.1.5:2379)"),
	} with input as {"type": "kubernetes", "resources": [pod("kube-apiserver", ["kube-apiserver", "--insecure-port=8080", "--kubelet-https=false", "--etcd-servers=http://10.0.1.5:2379"])]}
}

test_etcd_without_tls_or_client_certificates_is_reported if {
	check.deny == {
		at("etcd", ["podSpec", "containers", 0, "command", 1], "etcd (container \"etcd\" of Pod/kube-system/etcd) serves clients over plain HTTP (--listen-client-urls=http://0.0.0.0:2379)"),
		at("etcd", ["podSpec", "containers", 0, "command", 2], "etcd (container \"etcd\" of Pod/kube-system/etcd) uses self-signed certificates that no client or peer can verify (--peer-auto-tls=true)"),
		at("etcd", ["podSpec", "containers", 0, "command"], "etcd (container \"etcd\" of Pod/kube-system/etcd) accepts clients without a certificate (--client-cert-auth is not true): whoever reaches its port can read and change all it stores"),
		at("etcd", ["podSpec", "containers", 0, "command", 4], "etcd (container \"etcd\" of Pod/kube-system/etcd) accepts peers without a certificate (--peer-client-cert-auth is not true): whoever reaches its port can read and change all it stores"),
	} with input as {"type": "kubernetes", "resources": [pod("etcd", ["etcd", "--listen-client-urls=http://0.0.0.0:2379", "--peer-auto-tls", "--listen-peer-urls=https://10.0.1.5:2380", "--peer-client-cert-auth=false"])]}
}

test_kubelet_read_only_port_is_reported if {
	check.deny == {at("kubelet", ["podSpec", "containers", 0, "command", 2], "kubelet (container \"kubelet\" of Pod/kube-system/kubelet) serves its read-only port 10255 over plain HTTP without authentication (--read-only-port)")} with input as {"type": "kubernetes", "resources": [pod("kubelet", ["kubelet", "--config=/var/lib/kubelet/config.yaml", "--read-only-port", "10255"])]}
	check.deny == {at("kubelet", ["podSpec", "containers", 0, "command"], "kubelet (container \"kubelet\" of Pod/kube-system/kubelet) serves its read-only port 10255 over plain HTTP without authentication: --read-only-port is not set, and without --config the flag's default applies")} with input as {"type": "kubernetes", "resources": [pod("kubelet", ["kubelet", "--anonymous-auth=false"])]}
	check.deny == {{
		"resource": "KubeletConfiguration/kubelet.yaml",
		"path": ["object", "readOnlyPort"],
		"msg": "KubeletConfiguration/kubelet.yaml lets the kubelet serve its read-only port 10255 over plain HTTP without authentication (readOnlyPort)",
	}} with input as {"type": "kubernetes", "resources": [fixtures.component_config("KubeletConfiguration", "kubelet.config.k8s.io/v1beta1", "kubelet.yaml", {"readOnlyPort": 10255})]}
}

test_kubeadm_etcd_is_judged_by_what_extra_args_write if {
	check.deny == {{
		"resource": "ClusterConfiguration/kubeadm.yaml",
		"path": ["object", "etcd", "local", "extraArgs", "client-cert-auth"],
		"msg": "etcd of ClusterConfiguration/kubeadm.yaml accepts clients without a certificate (--client-cert-auth is not true): whoever reaches its port can read and change all it stores",
	}} with input as {"type": "kubernetes", "resources": [kubeadm({"etcd": {"local": {"extraArgs": {"client-cert-auth": "false"}}}})]}
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [kubeadm({"etcd": {"local": {"dataDir": "/var/lib/etcd"}}})]}
}

kubeadm(object) := fixtures.component_config("ClusterConfiguration", "kubeadm.k8s.io/v1beta3", "kubeadm.yaml", object)

test_secure_control_plane_passes if {
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [
		pod("kube-apiserver", ["kube-apiserver", "--insecure-port=0", "--etcd-servers=https://127.0.0.1:2379", "--kubelet-https=true"]),
		# as kubeadm writes it
		pod("etcd", [
			"etcd", "--cert-file=/etc/kubernetes/pki/etcd/server.crt", "--client-cert-auth=true",
			"--listen-client-urls=https://127.0.0.1:2379,https://10.0.1.5:2379", "--listen-metrics-urls=http://127.0.0.1:2381",
			"--listen-peer-urls=https://10.0.1.5:2380", "--peer-client-cert-auth=true", "--auto-tls=false",
		]),
		# a single member that does not listen for peers
		pod("etcd", ["etcd", "--client-cert-auth", "--listen-client-urls=https://127.0.0.1:2379"]),
		pod("kubelet", ["kubelet", "--read-only-port=0"]),
		pod("kubelet", ["kubelet", "--config=/var/lib/kubelet/config.yaml"]),
	]}
}

test_kubeadm_kubelet_is_judged_by_its_extra_args if {
	check.deny == {{
		"resource": "JoinConfiguration/join.yaml",
		"path": ["object", "nodeRegistration", "kubeletExtraArgs", "read-only-port"],
		"msg": "kubelet of JoinConfiguration/join.yaml serves its read-only port 10255 over plain HTTP without authentication (--read-only-port)",
	}} with input as {"type": "kubernetes", "resources": [join({"nodeRegistration": {"kubeletExtraArgs": {"read-only-port": "10255"}}})]}

	# kubeadm's kubelet reads the KubeletConfiguration kubeadm writes: no flag defaults
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [join({"nodeRegistration": {"name": "worker-1"}})]}
}

join(object) := fixtures.component_config("JoinConfiguration", "kubeadm.k8s.io/v1beta3", "join.yaml", object)
