# METADATA
# title: Container root filesystem is writable
# description: >-
#   A container (or init container) does not set
#   securityContext.readOnlyRootFilesystem = true. An attacker who gets code
#   execution can then drop tools, change binaries or configuration, and stage
#   data for exfiltration inside the container. Low severity: a hardening
#   measure; ephemeral debug containers and Windows pods are not reported. An
#   overlay's Kustomize patch of a base it includes that sets
#   readOnlyRootFilesystem: false is reported in the patch (the variant it
#   deploys has a writable root); a patch that leaves the field out says
#   nothing of the base.
#   The control plane's static pods (Pods of kube-system that run
#   kube-apiserver, etcd, kube-controller-manager or kube-scheduler, as
#   kubeadm writes them) are not reported: kubeadm writes them again on
#   every upgrade, and EVD-K8S-027…030 judge them.
# related_resources:
#   - ref: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
# custom:
#   id: EVD-K8S-010
#   severity: low
#   remediation: >-
#     Set securityContext.readOnlyRootFilesystem = true and mount emptyDir
#     volumes at the paths the process must write (/tmp, caches).
#   selector:
#     input: kubernetes
#     resources: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob, PodTemplate]
#   controls:
#     hipaa: ["164.312(c)(1)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: An immutable container filesystem protects the software that processes ePHI from improper alteration.
#     gdpr: Preventing changes to running processing systems protects their ongoing integrity.
package evident.checks.kubernetes.writable_root_filesystem

import data.evident.lib.control_plane
import data.evident.lib.finding
import data.evident.lib.kubernetes
import data.evident.lib.values

deny contains f if {
	some workload in kubernetes.workloads
	not control_plane.static_pod(workload)
	not kubernetes.is_windows(workload)
	some c in kubernetes.containers(workload)
	c.role != "ephemeral container"
	not values.may_be_at(c.container, ["securityContext", "readOnlyRootFilesystem"], true)
	f := finding.at(workload, c.path, finding.format("%s \"%s\" of %s has a writable root filesystem (no readOnlyRootFilesystem: true)", [c.role, c.name, workload.id]))
}

# The fragment of an overlay's patch: only what it sets.
deny contains f if {
	some workload in kubernetes.patch_workloads
	not kubernetes.is_windows(workload)
	some c in kubernetes.containers(workload)
	c.role != "ephemeral container"
	c.container.securityContext.readOnlyRootFilesystem == false
	f := finding.at(
		workload,
		array.concat(c.path, ["securityContext", "readOnlyRootFilesystem"]),
		finding.format("%s \"%s\" of %s sets readOnlyRootFilesystem: false", [c.role, c.name, workload.id]),
	)
}
