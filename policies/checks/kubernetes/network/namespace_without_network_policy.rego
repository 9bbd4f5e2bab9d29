# METADATA
# title: Workload's namespace has no NetworkPolicy in the same directory
# description: >-
#   A workload runs in a namespace for which no NetworkPolicy (nor a Calico or
#   Cilium network policy) is defined among the manifests of the same
#   directory, and the directory has no cluster-wide policy
#   (GlobalNetworkPolicy, CiliumClusterwideNetworkPolicy). Without a policy
#   that selects its pods, every pod in the cluster can connect to it, so one
#   compromised workload can reach the services and databases that hold
#   personal data. Limit: only the manifests of the same directory are seen,
#   as one scan document; policies kept in another folder (a separate
#   Kustomize base, a platform repository) are not, which is why this is low severity.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/services-networking/network-policies/#default-policies
# custom:
#   id: EVD-K8S-015
#   severity: low
#   remediation: >-
#     Add a default-deny NetworkPolicy for the namespace (podSelector: {},
#     policyTypes: [Ingress, Egress]) and policies that allow only the
#     connections each workload needs.
#   selector:
#     input: kubernetes
#     resources: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob, NetworkPolicy]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(3)(ii)(A)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(1)"]
#   rationale:
#     hipaa: Network policies limit which workloads can reach the services holding ePHI, an access control inside the cluster.
#     gdpr: Network segmentation is a technical measure that limits access to personal data by design.
package evident.checks.kubernetes.namespace_without_network_policy

import data.evident.lib.finding
import data.evident.lib.kubernetes
import data.evident.lib.values

namespaced_policy_kinds := {"NetworkPolicy", "CiliumNetworkPolicy"}

cluster_policy_kinds := {"GlobalNetworkPolicy", "CiliumClusterwideNetworkPolicy"}

# Calico's namespaced NetworkPolicy (projectcalico.org) shares the kind name.
protected_namespaces contains policy.namespace if {
	some policy in input.resources
	policy.kind in namespaced_policy_kinds
	is_string(policy.namespace)
}

cluster_wide_policy if {
	some policy in input.resources
	policy.kind in cluster_policy_kinds
}

# A policy whose namespace is not known here (a Terraform variable) may be in any namespace.
cluster_wide_policy if {
	some policy in input.resources
	policy.kind in namespaced_policy_kinds
	values.is_unknown(policy.namespace)
}

deny contains f if {
	not cluster_wide_policy
	some workload in kubernetes.workloads
	workload.kind != "PodTemplate"
	is_string(workload.namespace)
	not object.get(workload, "namespace", null) in kubernetes.system_namespaces
	not object.get(workload, "namespace", null) in protected_namespaces
	f := finding.of(workload, finding.format("%s runs in namespace %s, which has no NetworkPolicy in this directory: any pod can connect to it", [workload.id, workload.namespace]))
}
