# METADATA
# title: Workload is deployed in the default namespace
# description: >-
#   A workload's metadata.namespace is explicitly "default". The default
#   namespace is shared by everything deployed without a namespace, so
#   namespace-level controls — Pod Security admission labels, NetworkPolicies,
#   ResourceQuotas, RBAC scoped to the team or application — are rarely set
#   on it, and the workload ends up next to unrelated ones. Manifests without a
#   namespace (to be set by kubectl -n or Kustomize) are not reported. Low
#   severity: an organisational hardening measure.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/
# custom:
#   id: EVD-K8S-019
#   severity: low
#   remediation: >-
#     Deploy each application into its own namespace with Pod Security labels,
#     a default-deny NetworkPolicy and namespace-scoped RBAC.
#   selector:
#     input: kubernetes
#     resources: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]
#   controls:
#     hipaa: ["164.308(a)(3)(ii)(A)", "164.312(a)(1)"]
#     gdpr: ["Art.25(1)", "Art.32(1)(b)"]
#   rationale:
#     hipaa: Separate namespaces are the unit to which authorization and supervision of access to ePHI workloads is applied.
#     gdpr: Separating processing systems is a data protection by design measure that keeps access controls enforceable.
package evident.checks.kubernetes.default_namespace

import data.evident.lib.finding
import data.evident.lib.kubernetes

deny contains f if {
	some workload in kubernetes.workloads
	workload.kind != "PodTemplate"
	workload.object.metadata.namespace == "default"
	f := finding.at(workload, ["object", "metadata", "namespace"], finding.format("%s is deployed in the default namespace", [workload.id]))
}
