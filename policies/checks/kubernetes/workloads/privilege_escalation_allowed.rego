# METADATA
# title: Container allows privilege escalation
# description: >-
#   A container (or init/ephemeral container) does not set
#   securityContext.allowPrivilegeEscalation = false. Its processes can then
#   gain more privileges than their parent — through setuid binaries such as
#   sudo or su, or file capabilities — turning a foothold as an unprivileged
#   user into root in the container. Privileged containers are reported by
#   EVD-K8S-002 and skipped here; Windows pods are not reported. An overlay's
#   Kustomize patch of a base it includes that sets allowPrivilegeEscalation:
#   true is reported in the patch (the variant it deploys allows it); a patch
#   that leaves the field out says nothing of the base.
#   The control plane's static pods (Pods of kube-system that run
#   kube-apiserver, etcd, kube-controller-manager or kube-scheduler, as
#   kubeadm writes them) are not reported: they run as root by design, and
#   EVD-K8S-027…030 judge them.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted
# custom:
#   id: EVD-K8S-005
#   severity: medium
#   remediation: Set securityContext.allowPrivilegeEscalation = false on every container.
#   selector:
#     input: kubernetes
#     resources: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob, PodTemplate]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(B)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: Blocking privilege escalation keeps processes that handle ePHI within the access they were authorized for.
#     gdpr: Limiting privilege escalation protects the ongoing integrity and confidentiality of processing systems.
package evident.checks.kubernetes.privilege_escalation_allowed

import data.evident.lib.control_plane
import data.evident.lib.finding
import data.evident.lib.kubernetes
import data.evident.lib.values

deny contains f if {
	some workload in kubernetes.workloads
	not control_plane.static_pod(workload)
	not kubernetes.is_windows(workload)
	some c in kubernetes.containers(workload)
	not values.may_be_at(c.container, ["securityContext", "privileged"], true)
	not values.may_be_at(c.container, ["securityContext", "allowPrivilegeEscalation"], false)
	f := located(workload, c)
}

# The fragment of an overlay's patch: only what it sets.
deny contains f if {
	some workload in kubernetes.patch_workloads
	some c in kubernetes.containers(workload)
	not c.container.securityContext.privileged == true
	c.container.securityContext.allowPrivilegeEscalation == true
	f := located(workload, c)
}

located(workload, c) := finding.at(
	workload,
	array.concat(c.path, ["securityContext", "allowPrivilegeEscalation"]),
	finding.format("%s \"%s\" of %s sets allowPrivilegeEscalation: true", [c.role, c.name, workload.id]),
) if {
	c.container.securityContext.allowPrivilegeEscalation == true
} else := finding.at(workload, c.path, finding.format("%s \"%s\" of %s does not set allowPrivilegeEscalation: false", [c.role, c.name, workload.id]))
