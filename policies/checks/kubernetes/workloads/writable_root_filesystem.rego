# METADATA
# title: Container root filesystem is writable
# description: >-
#   A container (or init container) does not set
#   securityContext.readOnlyRootFilesystem = true. An attacker who gets code
#   execution can then drop tools, change binaries or configuration, and stage
#   data for exfiltration inside the container. Low severity: a hardening
#   measure; ephemeral debug containers and Windows pods are not reported.
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

import data.evident.lib.finding
import data.evident.lib.kubernetes

deny contains f if {
	some workload in kubernetes.workloads
	not kubernetes.is_windows(workload)
	some c in kubernetes.containers(workload)
	c.role != "ephemeral container"
	not c.container.securityContext.readOnlyRootFilesystem == true
	f := finding.at(workload, c.path, finding.format("%s \"%s\" of %s has a writable root filesystem (no readOnlyRootFilesystem: true)", [c.role, c.name, workload.id]))
}
