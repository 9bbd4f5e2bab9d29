# METADATA
# title: Container keeps the default Linux capabilities
# description: >-
#   A container's securityContext.capabilities.drop does not include ALL. The
#   container runtime's default set (CHOWN, DAC_OVERRIDE, FOWNER, SETUID,
#   SETGID, NET_RAW, …) stays available to its processes, which widens what an
#   attacker who gets code execution can do. Low severity: a hardening
#   measure of the restricted Pod Security Standard. Windows pods are not reported.
#   The control plane's static pods (Pods of kube-system that run
#   kube-apiserver, etcd, kube-controller-manager or kube-scheduler, as
#   kubeadm writes them) are not reported: they run as root by design, and
#   EVD-K8S-027…030 judge them.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted
# custom:
#   id: EVD-K8S-009
#   severity: low
#   remediation: >-
#     Set securityContext.capabilities.drop: [ALL] and add back only what the
#     process needs (usually nothing, sometimes NET_BIND_SERVICE).
#   selector:
#     input: kubernetes
#     resources: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob, PodTemplate]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(B)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: Least privilege for processes that handle ePHI limits what a compromised container can do.
#     gdpr: Minimal privileges by default protect the confidentiality and integrity of processing systems.
package evident.checks.kubernetes.capabilities_not_dropped

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
	not drops_all(c.container)
	f := finding.at(workload, c.path, finding.format("%s \"%s\" of %s does not drop ALL capabilities", [c.role, c.name, workload.id]))
}

drops_all(container) if {
	some capability in container.securityContext.capabilities.drop
	is_string(capability)
	upper(capability) in {"ALL", "CAP_ALL"}
}

# A list, or an item of it, that is not known here may be ALL.
drops_all(container) if values.is_unknown(container.securityContext.capabilities.drop)

drops_all(container) if {
	some capability in container.securityContext.capabilities.drop
	values.is_unknown(capability)
}
