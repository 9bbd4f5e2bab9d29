# METADATA
# title: Pod mounts the default service account's API token
# description: >-
#   A workload runs as its namespace's default service account (no
#   serviceAccountName, an empty one, or "default") and does not set
#   automountServiceAccountToken = false — nor does a ServiceAccount "default"
#   of that namespace in the same directory. A workload that has no account of
#   its own has no reason to call the Kubernetes API, yet every process in it
#   can read a valid API token from
#   /var/run/secrets/kubernetes.io/serviceaccount; an attacker who gets code
#   execution uses it to explore or, if the default account was ever granted
#   rights, to act on the cluster. Low severity: a hardening measure.
#   The control plane's static pods (Pods of kube-system that run
#   kube-apiserver, etcd, kube-controller-manager or kube-scheduler, as
#   kubeadm writes them) are not reported: they cannot use a service account
#   at all, and EVD-K8S-027…030 judge them.
# related_resources:
#   - ref: https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting
# custom:
#   id: EVD-K8S-018
#   severity: low
#   remediation: >-
#     Set automountServiceAccountToken: false in the pod spec (or on the
#     namespace's default ServiceAccount); give workloads that need the API a
#     dedicated ServiceAccount with a minimal Role.
#   selector:
#     input: kubernetes
#     resources: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob, ServiceAccount]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(B)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: Credentials a workload does not need widen what a compromised process holding ePHI can access.
#     gdpr: Not handing out unneeded credentials by default protects the confidentiality of processing systems.
package evident.checks.kubernetes.service_account_token_automounted

import data.evident.lib.control_plane
import data.evident.lib.finding
import data.evident.lib.kubernetes
import data.evident.lib.values

deny contains f if {
	some workload in kubernetes.workloads
	not control_plane.static_pod(workload)
	workload.kind != "PodTemplate"
	account(workload.podSpec) == "default"
	not values.may_be_at(workload.podSpec, ["automountServiceAccountToken"], false)
	not opted_out(workload)
	f := located(workload)
}

located(workload) := finding.at(workload, ["podSpec", "automountServiceAccountToken"], finding.format("%s sets automountServiceAccountToken: true with the default service account", [workload.id])) if {
	workload.podSpec.automountServiceAccountToken == true
} else := finding.of(workload, finding.format("%s mounts the default service account's API token (automountServiceAccountToken is not false)", [workload.id]))

# opted_out_namespaces: namespaces whose default ServiceAccount (in this directory)
# sets automountServiceAccountToken: false, which pods inherit.
opted_out_namespaces contains account.namespace if {
	some account in kubernetes.resources_of_kind("ServiceAccount")
	account.name == "default"
	values.may_be(account.object.automountServiceAccountToken, false)
}

opted_out(workload) if object.get(workload, "namespace", null) in opted_out_namespaces

# A namespace not known here (a Terraform variable) may be one whose default account opts out, and
# an account whose namespace is not known may be that of the workload.
opted_out(workload) if {
	values.is_unknown(workload.namespace)
	count(opted_out_namespaces) > 0
}

opted_out(_) if {
	some namespace in opted_out_namespaces
	values.is_unknown(namespace)
}

# account(spec): the service account the pod runs as: serviceAccountName, else the
# deprecated serviceAccount, else "default". An empty name is no name (Kubernetes
# then uses the default account: the Prometheus Operator's non-RBAC example).
account(spec) := spec.serviceAccountName if {
	is_string(spec.serviceAccountName)
	spec.serviceAccountName != ""
} else := spec.serviceAccountName if {
	values.is_unknown(spec.serviceAccountName)
} else := spec.serviceAccount if {
	is_string(spec.serviceAccount)
	spec.serviceAccount != ""
} else := "default"
