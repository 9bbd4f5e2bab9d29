# METADATA
# title: Kubernetes control-plane programs accept TLS versions or cipher suites that are no longer safe
# description: >-
#   A program of the control plane that the directory configures (kube-apiserver,
#   the kubelet, kube-controller-manager, kube-scheduler, etcd) is told to accept
#   TLS 1.0 or 1.1 (--tls-min-version=VersionTLS10 or VersionTLS11; a
#   KubeletConfiguration's tlsMinVersion), or lists a weak cipher suite in
#   --tls-cipher-suites (etcd: --cipher-suites; a KubeletConfiguration's
#   tlsCipherSuites). Weak is: RC4 (broken); 3DES (64-bit blocks: Sweet32);
#   AES-CBC with SHA-256 (the suites Go, which these programs are written in,
#   lists as insecure: its implementation is open to Lucky13 timing attacks);
#   and RSA key exchange (TLS_RSA_WITH_…: no forward secrecy, so whoever later
#   obtains the server's key decrypts every recorded session, Secrets included).
#   ECDHE suites with AES-GCM, ChaCha20-Poly1305 or AES-CBC with SHA-1, and the
#   TLS 1.3 suites, are not reported. Only what is written is judged: without
#   these flags the programs use Go's defaults, which are TLS 1.2 and suites
#   with forward secrecy. Programs come from the containers that run them
#   (static pods) and from kubeadm's arguments (ClusterConfiguration
#   extraArgs; the kubeletExtraArgs of an InitConfiguration or
#   JoinConfiguration; the same in Cluster API's KubeadmControlPlane,
#   KubeadmConfig and their templates).
# related_resources:
#   - ref: https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/
#   - ref: https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/
#   - ref: https://etcd.io/docs/v3.5/op-guide/configuration/
#   - ref: https://pkg.go.dev/crypto/tls#InsecureCipherSuites
#   - ref: https://csrc.nist.gov/pubs/sp/800/52/r2/final
# custom:
#   id: EVD-K8S-033
#   severity: medium
#   remediation: >-
#     Remove --tls-min-version (or set VersionTLS12 or VersionTLS13) and
#     tlsMinVersion; remove --tls-cipher-suites, --cipher-suites and
#     tlsCipherSuites to take Go's defaults, or list only ECDHE suites with
#     AES-GCM or ChaCha20-Poly1305 (e.g.
#     TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
#     TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305,TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305).
#   selector:
#     input: kubernetes
#     resources: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob, PodTemplate, ClusterConfiguration, InitConfiguration, JoinConfiguration, KubeletConfiguration, KubeadmControlPlane, KubeadmControlPlaneTemplate, KubeadmConfig, KubeadmConfigTemplate]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: Transmission security requires encryption that still protects the cluster's traffic, and the credentials to ePHI it carries, against the attacks known today; NIST SP 800-52 retires TLS 1.0/1.1, RC4 and 3DES.
#     gdpr: Encryption in transit is a measure Art. 32(1)(a) names, appropriate only when the protocol and ciphers are not known to be breakable.
package evident.checks.kubernetes.control_plane_weak_tls

import data.evident.lib.control_plane
import data.evident.lib.finding

# The programs' TLS settings.
deny contains f if {
	some component in control_plane.components
	version := control_plane.value(component, "tls-min-version")
	old_versions[version]
	msg := finding.format("%s accepts %s (--tls-min-version=%s)", [component.label, old_versions[version], version])
	f := control_plane.finding(component, control_plane.flag_path(component, "tls-min-version"), msg)
}

deny contains f if {
	some component in control_plane.components
	flag := cipher_flags[component.program]
	weak := weak_suites(split(control_plane.value(component, flag), ","))
	count(weak) > 0
	msg := finding.format("%s accepts weak TLS cipher suites (--%s): %s", [component.label, flag, concat(", ", weak)])
	f := control_plane.finding(component, control_plane.flag_path(component, flag), msg)
}

# The flag that lists cipher suites, by program.
cipher_flags := {
	"kube-apiserver": "tls-cipher-suites",
	"kubelet": "tls-cipher-suites",
	"kube-controller-manager": "tls-cipher-suites",
	"kube-scheduler": "tls-cipher-suites",
	"etcd": "cipher-suites",
}

# A KubeletConfiguration file.
deny contains f if {
	some config in control_plane.kubelet_configurations
	version := config.object.tlsMinVersion
	old_versions[version]
	msg := finding.format("%s lets the kubelet accept %s (tlsMinVersion: %s)", [config.id, old_versions[version], version])
	f := finding.at(config, ["object", "tlsMinVersion"], msg)
}

deny contains f if {
	some config in control_plane.kubelet_configurations
	suites := config.object.tlsCipherSuites
	is_array(suites)
	weak := weak_suites(suites)
	count(weak) > 0
	msg := finding.format("%s lets the kubelet accept weak TLS cipher suites (tlsCipherSuites): %s", [config.id, concat(", ", weak)])
	f := finding.at(config, ["object", "tlsCipherSuites"], msg)
}

# old_versions[value]: the values of --tls-min-version (and tlsMinVersion) below TLS 1.2.
old_versions := {"VersionTLS10": "TLS 1.0", "VersionTLS11": "TLS 1.1"}

# weak_suites(names): "<suite> (<why>)" for each weak suite of the list, in its order.
weak_suites(names) := [concat("", [suite, " (", why, ")"]) |
	some name in names
	is_string(name)
	suite := trim_space(name)
	why := weakness(suite)
]

weakness(suite) := "RC4 is broken" if {
	contains(suite, "_RC4_")
} else := "3DES: 64-bit blocks, Sweet32" if {
	contains(suite, "_3DES_")
} else := "CBC with SHA-256, insecure in Go" if {
	endswith(suite, "_CBC_SHA256")
} else := "RSA key exchange: no forward secrecy" if {
	startswith(suite, "TLS_RSA_WITH_")
}
