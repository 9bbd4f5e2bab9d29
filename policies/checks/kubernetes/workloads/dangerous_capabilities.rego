# METADATA
# title: Container adds a dangerous Linux capability
# description: >-
#   A container's securityContext.capabilities.add includes ALL, SYS_ADMIN,
#   NET_ADMIN, SYS_PTRACE, SYS_MODULE, DAC_READ_SEARCH, BPF or NET_RAW. These
#   give near-root powers inside the kernel — mounting filesystems, loading
#   kernel modules, reading any file regardless of permissions, tracing other
#   processes, reconfiguring or sniffing the network — and are the usual
#   stepping stones of container escapes.
#   An overlay's Kustomize patch of a base it includes that adds one is
#   reported too, in the patch (the variant it deploys has it).
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline
#   - ref: https://man7.org/linux/man-pages/man7/capabilities.7.html
# custom:
#   id: EVD-K8S-008
#   severity: high
#   remediation: >-
#     Remove the capability; if the workload really needs one (e.g. NET_BIND_SERVICE
#     to bind port 80), add only that one, with capabilities.drop: [ALL].
#   selector:
#     input: kubernetes
#     resources: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob, PodTemplate]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(B)", "164.308(a)(3)(i)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: Kernel-level capabilities let a container bypass the access controls that separate workloads holding ePHI.
#     gdpr: Container isolation is part of the ongoing confidentiality and integrity of processing systems.
package evident.checks.kubernetes.dangerous_capabilities

import data.evident.lib.finding
import data.evident.lib.kubernetes

dangerous := {"ALL", "SYS_ADMIN", "NET_ADMIN", "SYS_PTRACE", "SYS_MODULE", "DAC_READ_SEARCH", "BPF", "NET_RAW"}

deny contains f if {
	some workload in kubernetes.workloads_and_patches
	some c in kubernetes.containers(workload)
	some i, capability in object.get(object.get(object.get(c.container, "securityContext", {}), "capabilities", {}), "add", [])
	is_string(capability)
	name := trim_prefix(upper(capability), "CAP_")
	name in dangerous
	f := finding.at(
		workload,
		array.concat(c.path, ["securityContext", "capabilities", "add", i]),
		finding.format("%s \"%s\" of %s adds the capability %s", [c.role, c.name, workload.id, name]),
	)
}
