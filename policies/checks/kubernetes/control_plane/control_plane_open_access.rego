# METADATA
# title: Kubernetes API server or kubelet accepts unauthenticated or unauthorized requests
# description: >-
#   A program of the control plane that the directory configures lets requests
#   through without checking who sends them or what they may do:
#   kube-apiserver or a kubelet with AlwaysAllow in --authorization-mode
#   (every authenticated request, and every anonymous one, may do anything:
#   read every Secret, exec into every pod); a kube-apiserver that accepts
#   static credentials from --token-auth-file or --basic-auth-file (kept in
#   clear text on the node, valid until the server restarts, never expiring);
#   a kubelet run with --anonymous-auth=true, or run without --config and
#   without --anonymous-auth=false or --authorization-mode (the flags'
#   defaults are anonymous access and AlwaysAllow: anyone who reaches port
#   10250 can read the pods' logs and run commands in them); a
#   KubeletConfiguration with authentication.anonymous.enabled: true or
#   authorization.mode: AlwaysAllow. Programs come from the containers that
#   run them and from kubeadm's arguments: ClusterConfiguration extraArgs, and
#   for the kubelet the kubeletExtraArgs of an InitConfiguration or
#   JoinConfiguration (kubeadm's kubelet reads the KubeletConfiguration it
#   writes, so only the values written there are judged), and the same
#   configurations in Cluster API's KubeadmControlPlane, KubeadmConfig and
#   their templates. Not reported:
#   the API server's --anonymous-auth (on by default and needed by kubeadm's
#   join discovery; what anonymous users may do is RBAC's, judged by
#   EVD-K8S-014), and a KubeletConfiguration that leaves both unset (its
#   defaults are no anonymous access and Webhook authorization).
# related_resources:
#   - ref: https://kubernetes.io/docs/reference/access-authn-authz/kubelet-authn-authz/
#   - ref: https://kubernetes.io/docs/reference/access-authn-authz/authorization/
#   - ref: https://kubernetes.io/docs/reference/access-authn-authz/authentication/#static-token-file
#   - ref: https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/
# custom:
#   id: EVD-K8S-029
#   severity: high
#   remediation: >-
#     Run the API server with --authorization-mode=Node,RBAC and without
#     --token-auth-file or --basic-auth-file (use client certificates, OIDC or
#     service-account tokens). Give every kubelet a KubeletConfiguration (or
#     flags) with authentication.anonymous.enabled: false, webhook
#     authentication, and authorization.mode: Webhook.
#   selector:
#     input: kubernetes
#     resources: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob, PodTemplate, ClusterConfiguration, InitConfiguration, JoinConfiguration, KubeletConfiguration, KubeadmControlPlane, KubeadmControlPlaneTemplate, KubeadmConfig, KubeadmConfigTemplate]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.312(d)", "164.308(a)(4)(ii)(B)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: An API that authorizes everything, or lets anyone in unauthenticated, removes access control and person-or-entity authentication for every workload's ePHI.
#     gdpr: Confidentiality of processing systems, and data protection by default, fail when the cluster's API answers anyone.
package evident.checks.kubernetes.control_plane_open_access

import data.evident.lib.control_plane
import data.evident.lib.finding

# AlwaysAllow authorization, on the API server or a kubelet.
deny contains f if {
	some component in control_plane.components
	component.program in {"kube-apiserver", "kubelet"}
	control_plane.list_has(control_plane.value(component, "authorization-mode"), "AlwaysAllow")
	msg := finding.format("%s authorizes every request: --authorization-mode includes AlwaysAllow", [component.label])
	f := control_plane.finding(component, control_plane.flag_path(component, "authorization-mode"), msg)
}

# Static credential files of the API server.
deny contains f if {
	some server in control_plane.of_program("kube-apiserver")
	some flag in ["token-auth-file", "basic-auth-file"]
	control_plane.set(server, flag)
	msg := finding.format("%s accepts static credentials listed in --%s, kept in clear text on the node, which never expire and cannot be revoked without a restart", [server.label, flag])
	f := control_plane.finding(server, control_plane.flag_path(server, flag), msg)
}

# A kubelet's flags: anonymous access, set or left at the flag's default (true) without a configuration file.
deny contains f if {
	some kubelet in control_plane.of_program("kubelet")
	control_plane.value(kubelet, "anonymous-auth") == "true"
	msg := finding.format("%s accepts anonymous requests (--anonymous-auth=true)", [kubelet.label])
	f := control_plane.finding(kubelet, control_plane.flag_path(kubelet, "anonymous-auth"), msg)
}

deny contains f if {
	some kubelet in control_plane.of_program("kubelet")
	some [flag, what] in [["anonymous-auth", "accepts anonymous requests"], ["authorization-mode", "authorizes every request (AlwaysAllow)"]]
	kubelet.complete
	not control_plane.set(kubelet, flag)
	not control_plane.set(kubelet, "config")
	not kubelet.kubeadm
	msg := finding.format("%s %s: --%s is not set, and without --config the flag's default applies", [kubelet.label, what, flag])
	f := control_plane.finding(kubelet, kubelet.at, msg)
}

# KubeletConfiguration files.
deny contains f if {
	some config in control_plane.kubelet_configurations
	config.object.authentication.anonymous.enabled == true
	msg := finding.format("%s lets the kubelet accept anonymous requests (authentication.anonymous.enabled)", [config.id])
	f := finding.at(config, ["object", "authentication", "anonymous", "enabled"], msg)
}

deny contains f if {
	some config in control_plane.kubelet_configurations
	config.object.authorization.mode == "AlwaysAllow"
	msg := finding.format("%s lets the kubelet authorize every request (authorization.mode: AlwaysAllow)", [config.id])
	f := finding.at(config, ["object", "authorization", "mode"], msg)
}
