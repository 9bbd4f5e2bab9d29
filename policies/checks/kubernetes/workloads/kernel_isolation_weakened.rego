# METADATA
# title: Pod weakens the kernel's isolation (AppArmor, SELinux, /proc, sysctls)
# description: >-
#   A workload turns off or widens a kernel protection that the baseline Pod
#   Security Standard keeps: an AppArmor profile set to Unconfined
#   (securityContext.appArmorProfile on the pod or a container, or the
#   container.apparmor.security.beta.kubernetes.io annotation of the pod
#   template set to anything but runtime/default or localhost/…); an SELinux
#   type other than the container types (container_t, container_init_t,
#   container_kvm_t, container_engine_t), or an SELinux user or role, on the
#   pod or a container; a container with procMount Unmasked, which leaves the
#   kernel's sensitive /proc paths visible and writable; a sysctl outside
#   Kubernetes' safe set, which may change the kernel for other pods or the
#   node (a name written with slashes is the same sysctl). Each gives a
#   compromised container more of the node to reach, other pods' data
#   included. Settings not known here (a Terraform variable)
#   are not reported. The Kustomize patches of an overlay that set one are
#   reported in the patch.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline
#   - ref: https://kubernetes.io/docs/tasks/administer-cluster/sysctl-cluster/
#   - ref: https://kubernetes.io/docs/tutorials/security/apparmor/
# custom:
#   id: EVD-K8S-032
#   severity: medium
#   remediation: >-
#     Leave AppArmor at RuntimeDefault (or a Localhost profile), SELinux at the
#     runtime's container type without a user or role, procMount at Default,
#     and set only safe sysctls; enforce the baseline Pod Security Standard on
#     the namespace. A node agent that truly needs more belongs in its own
#     namespace with its own reviewed exemption.
#   selector:
#     input: kubernetes
#     resources: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob, PodTemplate]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: Kernel confinement limits how far a compromised container processing ePHI can reach into the node and the workloads beside it.
#     gdpr: Container isolation is part of the ongoing confidentiality and integrity of processing systems.
package evident.checks.kubernetes.kernel_isolation_weakened

import data.evident.lib.finding
import data.evident.lib.kubernetes

# contexts(workload): [path of a securityContext inside the resource, the context, the container
# it belongs to (null for the pod's)] for the pod and each container.
contexts(workload) := array.concat(
	[[["podSpec", "securityContext"], workload.podSpec.securityContext, null] | is_object(workload.podSpec.securityContext)],
	[[array.concat(c.path, ["securityContext"]), c.container.securityContext, c] |
		some c in kubernetes.containers(workload)
		is_object(c.container.securityContext)
	],
)

# who(workload, c): whom a context applies to, for a message: the pod, or a container of it.
# Written only for a finding (every container's label would be built in every evaluation).
who(workload, null) := workload.id

who(workload, c) := finding.format("%s \"%s\" of %s", [c.role, finding.value_text(c.name), workload.id]) if c != null

# AppArmor profile fields.
deny contains f if {
	some workload in kubernetes.workloads_and_patches
	some [path, context, c] in contexts(workload)
	context.appArmorProfile.type == "Unconfined"
	f := finding.at(workload, array.concat(path, ["appArmorProfile", "type"]), finding.format("%s runs without AppArmor (appArmorProfile Unconfined)", [who(workload, c)]))
}

# AppArmor annotations of the pod (template), before Kubernetes 1.30's field.
deny contains f if {
	some workload in kubernetes.workloads_and_patches
	is_array(workload.podSpecPath)
	metadata := array.concat(array.slice(workload.podSpecPath, 0, count(workload.podSpecPath) - 1), ["metadata", "annotations"])
	some key, profile in object.get(workload, metadata, {})
	startswith(key, "container.apparmor.security.beta.kubernetes.io/")
	is_string(profile)
	profile != "runtime/default"
	not startswith(profile, "localhost/")
	container := substring(key, count("container.apparmor.security.beta.kubernetes.io/"), -1)
	msg := finding.format("container \"%s\" of %s runs without AppArmor (annotation %s)", [container, workload.id, profile])
	f := finding.at(workload, array.concat(metadata, [key]), msg)
}

# SELinux options.
deny contains f if {
	some workload in kubernetes.workloads_and_patches
	some [path, context, c] in contexts(workload)
	some field in ["type", "user", "role"]
	value := context.seLinuxOptions[field]
	is_string(value)
	value != ""
	not allowed_selinux(field, value)
	msg := finding.format("%s sets the SELinux %s %s, beyond the container types the baseline Pod Security Standard allows", [who(workload, c), field, value])
	f := finding.at(workload, array.concat(path, ["seLinuxOptions", field]), msg)
}

allowed_selinux("type", value) if value in {"container_t", "container_init_t", "container_kvm_t", "container_engine_t"}

# /proc mounts.
deny contains f if {
	some workload in kubernetes.workloads_and_patches
	some c in kubernetes.containers(workload)
	mount := c.container.securityContext.procMount
	is_string(mount)
	mount != "Default"
	msg := finding.format("%s \"%s\" of %s mounts /proc without the kernel's masks (procMount %s)", [c.role, c.name, workload.id, mount])
	f := finding.at(workload, array.concat(c.path, ["securityContext", "procMount"]), msg)
}

# Sysctls outside the safe set.
deny contains f if {
	some workload in kubernetes.workloads_and_patches
	some i, sysctl in object.get(workload.podSpec, ["securityContext", "sysctls"], [])
	name := sysctl.name
	is_string(name)
	not safe_sysctls[replace(name, "/", ".")]
	msg := finding.format("%s sets the sysctl %s, outside Kubernetes' safe set: it may change the kernel for other pods or the node", [workload.id, name])
	f := finding.at(workload, ["podSpec", "securityContext", "sysctls", i, "name"], msg)
}

# safe_sysctls: the sysctls the baseline Pod Security Standard allows (Kubernetes 1.32), written
# with dots; a name written with slashes (net/ipv4/tcp_syncookies, which the kubelet accepts) is
# the same sysctl.
safe_sysctls := {
	"kernel.shm_rmid_forced",
	"net.ipv4.ip_local_port_range",
	"net.ipv4.ip_unprivileged_port_start",
	"net.ipv4.tcp_syncookies",
	"net.ipv4.ping_group_range",
	"net.ipv4.ip_local_reserved_ports",
	"net.ipv4.tcp_keepalive_time",
	"net.ipv4.tcp_fin_timeout",
	"net.ipv4.tcp_keepalive_intvl",
	"net.ipv4.tcp_keepalive_probes",
	"net.ipv4.tcp_rmem",
	"net.ipv4.tcp_wmem",
}
