# METADATA
# title: Kubernetes API server records no audit log
# description: >-
#   A kube-apiserver that the directory configures — a container that runs it
#   (the static pod kubeadm writes to /etc/kubernetes/manifests), a kubeadm
#   ClusterConfiguration, whose apiServer.extraArgs become its flags, or
#   Cluster API's KubeadmControlPlane, which holds the ClusterConfiguration
#   of its machines (spec.kubeadmConfigSpec.clusterConfiguration) — records
#   no audit events: neither --audit-log-path (a file, or "-" for the
#   container's output) nor --audit-webhook-config-file is set, or one is set
#   without --audit-policy-file, without which the API server records nothing
#   at all. Also reported: --audit-log-maxage below 30, which deletes audit
#   log files after fewer days (0, the default, keeps them). The audit log is
#   the only record of who read or changed which object through the API —
#   including every read of a Secret. kubeadm sets none of these flags, so a
#   kubeadm cluster without them has no audit log. A KubeadmControlPlaneTemplate
#   (of a ClusterClass, whose patches may add arguments) is judged only for the
#   arguments it writes. Managed clusters (EKS, AKS,
#   GKE) are configured through their cloud's settings, which the Terraform
#   checks judge.
# related_resources:
#   - ref: https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/
#   - ref: https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/
#   - ref: https://kubernetes.io/docs/setup/production-environment/tools/kubeadm/control-plane-flags/
# custom:
#   id: EVD-K8S-027
#   severity: medium
#   remediation: >-
#     Give the API server an audit policy (--audit-policy-file, recording at
#     least Metadata for every request and RequestResponse for changes to
#     Secrets, RBAC and workloads) and a destination: --audit-log-path with
#     --audit-log-maxage of 30 or more (and --audit-log-maxbackup,
#     --audit-log-maxsize), mounting the policy and the log folder into the
#     static pod, or --audit-webhook-config-file to send the events to a log
#     store. With kubeadm, set them in ClusterConfiguration apiServer.extraArgs
#     and extraVolumes.
#   selector:
#     input: kubernetes
#     resources: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob, PodTemplate, ClusterConfiguration, KubeadmControlPlane, KubeadmControlPlaneTemplate]
#   controls:
#     hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#     gdpr: ["Art.5(2)", "Art.32(1)(d)"]
#   rationale:
#     hipaa: Audit controls must record activity in systems that contain ePHI; the API server's audit log is that record for a Kubernetes cluster.
#     gdpr: A record of who accessed the cluster's data and configuration is how the controller demonstrates and tests the security of processing.
package evident.checks.kubernetes.api_server_audit_log_disabled

import data.evident.lib.control_plane
import data.evident.lib.finding

deny contains f if {
	some server in control_plane.of_program("kube-apiserver")
	server.complete
	not control_plane.set(server, "audit-log-path")
	not control_plane.set(server, "audit-webhook-config-file")
	f := control_plane.finding(server, server.at, finding.format("%s records no audit log: neither --audit-log-path nor --audit-webhook-config-file is set", [server.label]))
}

deny contains f if {
	some server in control_plane.of_program("kube-apiserver")
	server.complete
	some destination in ["audit-log-path", "audit-webhook-config-file"]
	control_plane.set(server, destination)
	not control_plane.set(server, "audit-policy-file")
	msg := finding.format("%s sets --%s but no --audit-policy-file: without a policy the API server records no events", [server.label, destination])
	f := control_plane.finding(server, control_plane.flag_path(server, destination), msg)
}

deny contains f if {
	some server in control_plane.of_program("kube-apiserver")
	control_plane.value(server, "audit-log-path") != "-"
	days := control_plane.value(server, "audit-log-maxage")
	regex.match(`^[0-9]+$`, days)
	to_number(days) > 0
	to_number(days) < 30
	msg := finding.format("%s deletes audit log files after %s days (--audit-log-maxage below 30)", [server.label, days])
	f := control_plane.finding(server, control_plane.flag_path(server, "audit-log-maxage"), msg)
}
