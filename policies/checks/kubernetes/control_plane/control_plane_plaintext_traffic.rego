# METADATA
# title: Kubernetes control-plane traffic is not protected by TLS and client certificates
# description: >-
#   A program of the control plane that the directory configures sends or
#   accepts the cluster's data without TLS, or without checking who connects:
#   a kube-apiserver with a non-zero --insecure-port (plain HTTP without
#   authentication or authorization, before Kubernetes 1.24 removed it), with
#   --kubelet-https=false, or with an http:// URL in --etcd-servers (every
#   object, Secrets included, crosses the network in clear text); an etcd
#   that serves clients or peers on http:// URLs (--listen-client-urls,
#   --listen-peer-urls), uses self-signed certificates (--auto-tls,
#   --peer-auto-tls), or does not require client certificates
#   (--client-cert-auth, and --peer-client-cert-auth when it listens for
#   peers, are not true: anyone who reaches its port reads and changes what
#   it stores, for the cluster's own etcd every Secret; any etcd is judged,
#   the cluster's datastore or an application's); a kubelet that serves its
#   read-only port (--read-only-port not 0, or left at its default 10255
#   without --config; a
#   KubeletConfiguration with readOnlyPort above 0): plain HTTP without
#   authentication, exposing every pod's specification and environment.
#   Programs come from the containers that run them (static pods) and from
#   kubeadm's arguments (ClusterConfiguration extraArgs; the kubeletExtraArgs
#   of an InitConfiguration or JoinConfiguration; the same in Cluster API's
#   KubeadmControlPlane, KubeadmConfig and their templates); for kubeadm's own etcd and
#   kubelet, whose defaults are secure, only the values written there are
#   judged. TLS versions and cipher suites are EVD-K8S-033's.
# related_resources:
#   - ref: https://etcd.io/docs/v3.5/op-guide/security/
#   - ref: https://kubernetes.io/docs/tasks/administer-cluster/configure-upgrade-etcd/#securing-etcd-clusters
#   - ref: https://kubernetes.io/docs/reference/command-line-tools-reference/kubelet/
#   - ref: https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/
# custom:
#   id: EVD-K8S-030
#   severity: high
#   remediation: >-
#     Serve etcd on https:// URLs with --cert-file/--key-file and
#     --client-cert-auth=true (and the peer equivalents), with certificates
#     from the cluster's CA rather than --auto-tls; point the API server at
#     etcd over https:// with --etcd-cafile, --etcd-certfile and
#     --etcd-keyfile, drop --insecure-port and --kubelet-https=false; set the
#     kubelet's readOnlyPort (--read-only-port) to 0.
#   selector:
#     input: kubernetes
#     resources: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob, PodTemplate, ClusterConfiguration, InitConfiguration, JoinConfiguration, KubeletConfiguration, KubeadmControlPlane, KubeadmControlPlaneTemplate, KubeadmConfig, KubeadmConfigTemplate]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)", "164.312(d)"]
#     gdpr: ["Art.32(1)(a)", "Art.32(1)(b)"]
#   rationale:
#     hipaa: Transmission security requires protecting the cluster's data, and the credentials to ePHI it holds, on the network, and authenticating whoever connects to the datastore.
#     gdpr: Encryption in transit and the confidentiality of processing systems are measures Art. 32(1) names.
package evident.checks.kubernetes.control_plane_plaintext_traffic

import data.evident.lib.control_plane
import data.evident.lib.finding

# The API server.
deny contains f if {
	some server in control_plane.of_program("kube-apiserver")
	port := control_plane.value(server, "insecure-port")
	port != "0"
	msg := finding.format("%s serves the API over plain HTTP without authentication (--insecure-port=%s)", [server.label, port])
	f := control_plane.finding(server, control_plane.flag_path(server, "insecure-port"), msg)
}

deny contains f if {
	some server in control_plane.of_program("kube-apiserver")
	control_plane.value(server, "kubelet-https") == "false"
	msg := finding.format("%s talks to kubelets over plain HTTP (--kubelet-https=false)", [server.label])
	f := control_plane.finding(server, control_plane.flag_path(server, "kubelet-https"), msg)
}

deny contains f if {
	some server in control_plane.of_program("kube-apiserver")
	control_plane.uses_http(control_plane.value(server, "etcd-servers"))
	msg := finding.format("%s reaches etcd over plain HTTP (--etcd-servers=%s)", [server.label, control_plane.value(server, "etcd-servers")])
	f := control_plane.finding(server, control_plane.flag_path(server, "etcd-servers"), msg)
}

# etcd: plain HTTP listeners and self-signed certificates.
deny contains f if {
	some etcd in control_plane.of_program("etcd")
	some flag in ["listen-client-urls", "listen-peer-urls"]
	control_plane.uses_http(control_plane.value(etcd, flag))
	msg := finding.format("%s serves %s over plain HTTP (--%s=%s)", [etcd.label, listeners[flag], flag, control_plane.value(etcd, flag)])
	f := control_plane.finding(etcd, control_plane.flag_path(etcd, flag), msg)
}

listeners := {"listen-client-urls": "clients", "listen-peer-urls": "peers", "client-cert-auth": "clients", "peer-client-cert-auth": "peers"}

deny contains f if {
	some etcd in control_plane.of_program("etcd")
	some flag in ["auto-tls", "peer-auto-tls"]
	control_plane.value(etcd, flag) == "true"
	msg := finding.format("%s uses self-signed certificates that no client or peer can verify (--%s=true)", [etcd.label, flag])
	f := control_plane.finding(etcd, control_plane.flag_path(etcd, flag), msg)
}

# etcd: client certificates not required. kubeadm's etcd requires them unless extraArgs say false;
# an etcd run by hand requires them only when told to. Peers only when it listens for them.
deny contains f if {
	some etcd in control_plane.of_program("etcd")
	some flag in ["client-cert-auth", "peer-client-cert-auth"]
	requires_no_certificates(etcd, flag)
	msg := finding.format("%s accepts %s without a certificate (--%s is not true): whoever reaches its port can read and change all it stores", [etcd.label, listeners[flag], flag])
	f := control_plane.finding(etcd, control_plane.flag_path(etcd, flag), msg)
}

requires_no_certificates(etcd, flag) if {
	etcd.kubeadm
	control_plane.value(etcd, flag) == "false"
}

requires_no_certificates(etcd, flag) if {
	not etcd.kubeadm
	etcd.complete
	flag == "client-cert-auth"
	not control_plane.flag_may_be_true(etcd, flag)
}

requires_no_certificates(etcd, "peer-client-cert-auth") if {
	not etcd.kubeadm
	etcd.complete
	not control_plane.flag_may_be_true(etcd, "peer-client-cert-auth")
	control_plane.set(etcd, "listen-peer-urls")
}

# The kubelet's read-only port.
deny contains f if {
	some kubelet in control_plane.of_program("kubelet")
	port := control_plane.value(kubelet, "read-only-port")
	port != "0"
	msg := finding.format("%s serves its read-only port %s over plain HTTP without authentication (--read-only-port)", [kubelet.label, port])
	f := control_plane.finding(kubelet, control_plane.flag_path(kubelet, "read-only-port"), msg)
}

deny contains f if {
	some kubelet in control_plane.of_program("kubelet")
	kubelet.complete
	not control_plane.set(kubelet, "read-only-port")
	not control_plane.set(kubelet, "config")
	not kubelet.kubeadm
	msg := finding.format("%s serves its read-only port 10255 over plain HTTP without authentication: --read-only-port is not set, and without --config the flag's default applies", [kubelet.label])
	f := control_plane.finding(kubelet, kubelet.at, msg)
}

deny contains f if {
	some config in control_plane.kubelet_configurations
	port := config.object.readOnlyPort
	is_number(port)
	port > 0
	msg := finding.format("%s lets the kubelet serve its read-only port %d over plain HTTP without authentication (readOnlyPort)", [config.id, port])
	f := finding.at(config, ["object", "readOnlyPort"], msg)
}
