package evident.checks.kubernetes.api_server_audit_log_disabled_test

import data.evident.checks.kubernetes.api_server_audit_log_disabled as check
import data.evident.lib.k8s_fixtures_test as fixtures

server(command) := fixtures.control_plane_pod("kube-apiserver", {"command": command})

label := "kube-apiserver (container \"kube-apiserver\" of Pod/kube-system/kube-apiserver)"

test_no_destination_is_reported if {
	check.deny == {{
		"resource": "Pod/kube-system/kube-apiserver",
		"path": ["podSpec", "containers", 0, "command"],
		"msg": concat("", [label, " records no audit log: neither --audit-log-path nor --audit-webhook-config-file is set"]),
	}} with input as {"type": "kubernetes", "resources": [server(["kube-apiserver", "--authorization-mode=Node,RBAC", "--audit-log-path="])]}
}

test_destination_without_policy_is_reported if {
	check.deny == {{
		"resource": "Pod/kube-system/kube-apiserver",
		"path": ["podSpec", "containers", 0, "command", 1],
		"msg": concat("", [label, " sets --audit-webhook-config-file but no --audit-policy-file: without a policy the API server records no events"]),
	}} with input as {"type": "kubernetes", "resources": [server(["kube-apiserver", "--audit-webhook-config-file=/etc/kubernetes/audit-webhook.yaml"])]}
}

test_short_retention_is_reported if {
	check.deny == {{
		"resource": "Pod/kube-system/kube-apiserver",
		"path": ["podSpec", "containers", 0, "command", 3],
		"msg": concat("", [label, " deletes audit log files after 7 days (--audit-log-maxage below 30)"]),
	}} with input as {"type": "kubernetes", "resources": [server([
		"kube-apiserver", "--audit-log-path=/var/log/kubernetes/audit.log",
		"--audit-policy-file=/etc/kubernetes/audit-policy.yaml", "--audit-log-maxage=7",
	])]}
}

test_complete_audit_configuration_passes if {
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [
		server([
			"kube-apiserver", "--audit-log-path=/var/log/kubernetes/audit.log",
			"--audit-policy-file=/etc/kubernetes/audit-policy.yaml", "--audit-log-maxage=30",
		]),
		# stdout, with any retention (the container runtime's log rotation applies)
		server(["kube-apiserver", "--audit-log-path=-", "--audit-policy-file=/etc/kubernetes/audit-policy.yaml", "--audit-log-maxage=1"]),
		# no age limit
		server(["kube-apiserver", "--audit-log-path", "/var/log/audit.log", "--audit-policy-file", "/etc/audit.yaml", "--audit-log-maxage=0"]),
		# not an API server
		server(["kube-scheduler", "--leader-elect=true"]),
	]}
}

kubeadm(object) := fixtures.component_config("ClusterConfiguration", "kubeadm.k8s.io/v1beta3", "kubeadm.yaml", object)

test_kubeadm_configuration if {
	check.deny == {{
		"resource": "ClusterConfiguration/kubeadm.yaml",
		"path": ["object", "apiServer", "extraArgs"],
		"msg": "kube-apiserver of ClusterConfiguration/kubeadm.yaml records no audit log: neither --audit-log-path nor --audit-webhook-config-file is set",
	}} with input as {"type": "kubernetes", "resources": [kubeadm({"apiServer": {"extraArgs": {"authorization-mode": "Node,RBAC"}}})]}
	check.deny == {{
		"resource": "ClusterConfiguration/kubeadm.yaml",
		"msg": "kube-apiserver of ClusterConfiguration/kubeadm.yaml records no audit log: neither --audit-log-path nor --audit-webhook-config-file is set",
	}} with input as {"type": "kubernetes", "resources": [kubeadm({"clusterName": "records"})]}
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [kubeadm({"apiServer": {"extraArgs": [
		{"name": "audit-log-path", "value": "/var/log/kubernetes/audit.log"},
		{"name": "audit-policy-file", "value": "/etc/kubernetes/audit-policy.yaml"},
	]}})]}
}
