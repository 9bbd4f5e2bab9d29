# METADATA
# title: Container runs privileged
# description: >-
#   A container, init container or ephemeral container of a workload sets
#   securityContext.privileged = true. A privileged container has all Linux
#   capabilities and access to the host's devices: escaping to the node, and
#   from there reading every other pod's data and secrets, is trivial.
#   A Windows HostProcess container (securityContext.windowsOptions.hostProcess
#   = true on the container, or on the pod for all its containers) is the
#   Windows equivalent and is reported too: it runs as a process of the node,
#   with the node's network, files and accounts.
#   An overlay's Kustomize patch of a base it includes that sets it is
#   reported too, in the patch (the variant it deploys has it).
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline
#   - ref: https://kubernetes.io/docs/tasks/configure-pod-container/create-hostprocess-pod/
# custom:
#   id: EVD-K8S-002
#   severity: high
#   remediation: >-
#     Remove privileged: true. Grant only the capabilities the process needs
#     (securityContext.capabilities.add) and enforce the baseline or restricted
#     Pod Security Standard on the namespace.
#   selector:
#     input: kubernetes
#     resources: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(3)(i)", "164.308(a)(4)(ii)(C)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: A privileged container can bypass every access control on the node, including the isolation between workloads that process ePHI.
#     gdpr: Container isolation is part of the ongoing confidentiality and integrity of processing systems.
package evident.checks.kubernetes.privileged_container

import data.evident.lib.finding
import data.evident.lib.kubernetes

deny contains f if {
	some workload in kubernetes.workloads_and_patches
	some c in kubernetes.containers(workload)
	c.container.securityContext.privileged == true
	f := finding.at(
		workload,
		array.concat(c.path, ["securityContext", "privileged"]),
		finding.format("%s \"%s\" of %s runs privileged", [c.role, c.name, workload.id]),
	)
}

# Windows HostProcess containers: set on a container, or on the pod for every container that does
# not set it false itself.
deny contains f if {
	some workload in kubernetes.workloads_and_patches
	some c in kubernetes.containers(workload)
	c.container.securityContext.windowsOptions.hostProcess == true
	f := finding.at(
		workload,
		array.concat(c.path, ["securityContext", "windowsOptions", "hostProcess"]),
		finding.format("%s \"%s\" of %s runs as a Windows HostProcess container, a process of the node itself", [c.role, c.name, workload.id]),
	)
}

deny contains f if {
	some workload in kubernetes.workloads_and_patches
	workload.podSpec.securityContext.windowsOptions.hostProcess == true
	f := finding.at(
		workload,
		["podSpec", "securityContext", "windowsOptions", "hostProcess"],
		finding.format("%s runs its containers as Windows HostProcess containers, processes of the node itself", [workload.id]),
	)
}
