# METADATA
# title: Namespace does not enforce a Pod Security Standard
# description: >-
#   A Namespace has no pod-security.kubernetes.io/enforce label, or sets it to
#   privileged. Pod Security admission then lets any pod into the namespace —
#   privileged containers, host namespaces, hostPath volumes — so the
#   workload-level checks above are the only line of defence and a single
#   careless manifest (or an attacker with create-pod rights) can take over a
#   node. System namespaces are not reported.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/security/pod-security-admission/
#   - ref: https://kubernetes.io/docs/tasks/configure-pod-container/enforce-standards-namespace-labels/
# custom:
#   id: EVD-K8S-022
#   severity: low
#   remediation: >-
#     Label the namespace pod-security.kubernetes.io/enforce: restricted (or
#     baseline where restricted is not yet possible), with a pinned
#     enforce-version.
#   selector:
#     input: kubernetes
#     resources: [Namespace]
#   controls:
#     hipaa: ["164.308(a)(1)(ii)(B)", "164.312(a)(1)"]
#     gdpr: ["Art.25(1)", "Art.32(1)(b)"]
#   rationale:
#     hipaa: Admission control that refuses dangerous pods is a risk-management safeguard for the nodes that process ePHI.
#     gdpr: Enforcing a security baseline for every workload is data protection by design.
package evident.checks.kubernetes.namespace_pod_security_not_enforced

import data.evident.lib.finding
import data.evident.lib.kubernetes
import data.evident.lib.values

label := "pod-security.kubernetes.io/enforce"

deny contains f if {
	some namespace in kubernetes.resources_of_kind("Namespace")
	not object.get(namespace, "name", null) in kubernetes.system_namespaces
	not namespace.object.metadata.labels[label]
	not values.is_unknown(object.get(namespace.object, ["metadata", "labels"], null))
	f := finding.of(namespace, finding.format("%s has no %s label: any pod, privileged ones included, is admitted", [namespace.id, label]))
}

deny contains f if {
	some namespace in kubernetes.resources_of_kind("Namespace")
	not object.get(namespace, "name", null) in kubernetes.system_namespaces
	namespace.object.metadata.labels[label] == "privileged"
	f := finding.at(namespace, ["object", "metadata", "labels", label], finding.format("%s enforces the privileged Pod Security Standard: any pod is admitted", [namespace.id]))
}
