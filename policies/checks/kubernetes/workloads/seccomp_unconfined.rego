# METADATA
# title: Container runs without a seccomp profile (Unconfined)
# description: >-
#   A container (or init/ephemeral container) runs with
#   securityContext.seccompProfile.type = Unconfined, set on the container or
#   inherited from the pod. Seccomp then filters no system calls, so every
#   kernel interface — including the rarely used ones behind most container
#   escapes — is open to the process. Pods that set no profile are not reported
#   (clusters with the kubelet's SeccompDefault apply RuntimeDefault to them).
#   An overlay's Kustomize patch of a base it includes that sets a container's
#   profile to Unconfined is reported too, in the patch (the variant it
#   deploys has it).
# related_resources:
#   - ref: https://kubernetes.io/docs/tutorials/security/seccomp/
#   - ref: https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline
# custom:
#   id: EVD-K8S-020
#   severity: medium
#   remediation: >-
#     Set securityContext.seccompProfile.type: RuntimeDefault at pod level (or a
#     Localhost profile tailored to the workload).
#   selector:
#     input: kubernetes
#     resources: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob, PodTemplate]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: System call filtering limits how far a compromised container processing ePHI can reach into the node.
#     gdpr: Container isolation is part of the ongoing confidentiality and integrity of processing systems.
package evident.checks.kubernetes.seccomp_unconfined

import data.evident.lib.finding
import data.evident.lib.kubernetes

deny contains f if {
	some workload in kubernetes.workloads
	some c in kubernetes.containers(workload)
	unconfined(workload, c)
	f := at_unconfined(workload, c, kubernetes.security_setting_path(workload, c, "seccompProfile"))
}

# The fragment of an overlay's patch: only a container's own Unconfined profile. A pod-level one may
# be overridden by the base's container, which the patch does not show.
deny contains f if {
	some workload in kubernetes.patch_workloads
	some c in kubernetes.containers(workload)
	c.container.securityContext.seccompProfile.type == "Unconfined"
	f := at_unconfined(workload, c, array.concat(c.path, ["securityContext", "seccompProfile"]))
}

# at_unconfined(workload, c, profile): the finding at the type of the seccompProfile at `profile`.
at_unconfined(workload, c, profile) := finding.at(workload, array.concat(profile, ["type"]), finding.format("%s \"%s\" of %s runs with seccompProfile Unconfined", [c.role, c.name, workload.id]))

unconfined(workload, c) if kubernetes.security_setting(workload, c, "seccompProfile").type == "Unconfined"
