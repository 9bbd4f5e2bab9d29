# METADATA
# title: Pod shares the node's network, PID or IPC namespace
# description: >-
#   A workload's pod spec sets hostNetwork, hostPID or hostIPC to true. With
#   hostNetwork the pod sees and can sniff every connection of the node and
#   reaches services bound to localhost; with hostPID it sees — and as root can
#   signal or inspect the memory and environment of — every process on the
#   node, including other pods'; with hostIPC it shares the node's shared
#   memory. Each breaks the isolation between the workloads that process data.
#   An overlay's Kustomize patch of a base it includes that sets it is
#   reported too, in the patch (the variant it deploys has it).
#   The control plane's static pods (Pods of kube-system that run
#   kube-apiserver, etcd, kube-controller-manager or kube-scheduler, as
#   kubeadm writes them) are not reported: they share the node's network by
#   design, and EVD-K8S-027…030 judge them.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline
# custom:
#   id: EVD-K8S-006
#   severity: high
#   remediation: >-
#     Remove hostNetwork/hostPID/hostIPC (they default to false); expose ports
#     with a Service instead of hostNetwork, and enforce the baseline Pod
#     Security Standard on the namespace.
#   selector:
#     input: kubernetes
#     resources: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob, PodTemplate]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(3)(i)", "164.308(a)(4)(ii)(C)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: Sharing the node's namespaces lets one workload observe or tamper with others that process ePHI, bypassing their access controls.
#     gdpr: Workload isolation is part of the ongoing confidentiality and integrity of processing systems.
package evident.checks.kubernetes.host_namespaces_shared

import data.evident.lib.control_plane
import data.evident.lib.finding
import data.evident.lib.kubernetes

namespaces := {"hostNetwork": "network", "hostPID": "process (PID)", "hostIPC": "IPC"}

deny contains f if {
	some workload in kubernetes.workloads_and_patches
	not control_plane.static_pod(workload)
	some field, namespace in namespaces
	workload.podSpec[field] == true
	f := finding.at(workload, ["podSpec", field], finding.format("%s shares the node's %s namespace (%s: true)", [workload.id, namespace, field]))
}
