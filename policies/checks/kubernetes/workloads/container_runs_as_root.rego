# METADATA
# title: Container may run as root
# description: >-
#   A container (or init/ephemeral container) of a workload neither sets
#   runAsNonRoot = true nor a runAsUser above 0, at container or pod level, or
#   sets runAsUser = 0 explicitly. Many images default to root: a process that
#   is root inside the container is one kernel or runtime bug away from root on
#   the node, and can read or change anything mounted into the pod. Pods
#   declared for Windows nodes (spec.os.name = windows) are not reported. An
#   overlay's Kustomize patch of a base it includes that sets a container's
#   runAsUser: 0 is reported in the patch (the variant it deploys runs as
#   root); a patch that leaves the user out says nothing of the base.
#   The control plane's static pods (Pods of kube-system that run
#   kube-apiserver, etcd, kube-controller-manager or kube-scheduler, as
#   kubeadm writes them) are not reported: they run as root by design, and
#   EVD-K8S-027…030 judge them.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted
#   - ref: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
# custom:
#   id: EVD-K8S-004
#   severity: medium
#   remediation: >-
#     Set securityContext.runAsNonRoot: true (pod level) and a non-zero
#     runAsUser, and build the image with a non-root USER.
#   selector:
#     input: kubernetes
#     resources: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob, PodTemplate]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(B)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: Least privilege for processes that handle ePHI limits what a compromised container can reach.
#     gdpr: Running without root by default limits the impact of a compromise on the confidentiality and integrity of processing.
package evident.checks.kubernetes.container_runs_as_root

import data.evident.lib.control_plane
import data.evident.lib.finding
import data.evident.lib.kubernetes
import data.evident.lib.values

deny contains f if {
	some workload in kubernetes.workloads
	not control_plane.static_pod(workload)
	not kubernetes.is_windows(workload)
	some c in kubernetes.containers(workload)
	root_user(workload, c)
	f := as_root(workload, c, kubernetes.security_setting_path(workload, c, "runAsUser"))
}

deny contains f if {
	some workload in kubernetes.workloads
	not control_plane.static_pod(workload)
	not kubernetes.is_windows(workload)
	some c in kubernetes.containers(workload)
	not non_root_required(workload, c)
	not non_root_user(workload, c)
	not root_user(workload, c)
	f := finding.at(workload, c.path, finding.format("%s \"%s\" of %s may run as root (no runAsNonRoot: true and no runAsUser above 0)", [c.role, c.name, workload.id]))
}

# The fragment of an overlay's patch: only a container's own runAsUser: 0. A pod-level one may be
# overridden by the base's container, which the patch does not show.
deny contains f if {
	some workload in kubernetes.patch_workloads
	not kubernetes.is_windows(workload)
	some c in kubernetes.containers(workload)
	c.container.securityContext.runAsUser == 0
	f := as_root(workload, c, array.concat(c.path, ["securityContext", "runAsUser"]))
}

# as_root(workload, c, path): the finding of container c running as root, runAsUser: 0 being set at `path`.
as_root(workload, c, path) := finding.at(workload, path, finding.format("%s \"%s\" of %s runs as root (runAsUser: 0)", [c.role, c.name, workload.id]))

# Helper rules rather than `not f(x) == v`: OPA evaluates a function call
# outside the negation, so an undefined result would make the whole rule fail.
non_root_required(workload, c) if values.may_be(kubernetes.security_setting(workload, c, "runAsNonRoot"), true)

root_user(workload, c) if kubernetes.security_setting(workload, c, "runAsUser") == 0

non_root_user(workload, c) if {
	user := kubernetes.security_setting(workload, c, "runAsUser")
	is_number(user)
	user > 0
}

# A user id not known here may be above 0.
non_root_user(workload, c) if values.is_unknown(kubernetes.security_setting(workload, c, "runAsUser"))
