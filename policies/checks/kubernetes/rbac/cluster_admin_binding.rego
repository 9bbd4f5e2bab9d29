# METADATA
# title: cluster-admin is bound to a user, group or service account
# description: >-
#   A ClusterRoleBinding or RoleBinding binds the cluster-admin ClusterRole to
#   a subject that is not a built-in system: identity — a person, a group or a
#   service account. cluster-admin can do anything to any object, including
#   reading every Secret and exec-ing into every pod; a binding to a service
#   account (worst: a namespace's default one, which every pod without its own
#   account uses) hands that power to whatever runs with its token.
#   An overlay's Kustomize patch of a base it includes that binds
#   cluster-admin is reported too, in the patch (the variant it deploys has it).
# related_resources:
#   - ref: https://kubernetes.io/docs/reference/access-authn-authz/rbac/#user-facing-roles
#   - ref: https://kubernetes.io/docs/concepts/security/rbac-good-practices/
# custom:
#   id: EVD-K8S-012
#   severity: high
#   remediation: >-
#     Bind a Role or ClusterRole with only the verbs and resources the subject
#     needs; keep cluster-admin for break-glass accounts managed outside the manifests.
#   selector:
#     input: kubernetes
#     resources: [ClusterRoleBinding, RoleBinding]
#   controls:
#     hipaa: ["164.308(a)(4)(ii)(B)", "164.308(a)(3)(ii)(A)", "164.312(a)(1)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: Unlimited cluster rights defeat access authorization and minimum-necessary access to the ePHI in the cluster.
#     gdpr: Least-privilege access limits who can reach personal data in the cluster, by default.
package evident.checks.kubernetes.cluster_admin_binding

import data.evident.lib.finding
import data.evident.lib.kubernetes

deny contains f if {
	some kind in ["ClusterRoleBinding", "RoleBinding"]
	some binding in kubernetes.resources_and_patches_of_kind(kind)
	binding.object.roleRef.kind == "ClusterRole"
	binding.object.roleRef.name == "cluster-admin"
	some i, subject in object.get(binding.object, "subjects", [])
	not startswith(object.get(subject, "name", ""), "system:")
	f := finding.at(binding, ["object", "subjects", i], finding.format("%s grants cluster-admin to %s", [binding.id, describe(subject, binding)]))
}

describe(subject, binding) := finding.format("the default service account of namespace %s", [namespace_of(subject, binding)]) if {
	subject.kind == "ServiceAccount"
	subject.name == "default"
} else := finding.format("%s %s", [object.get(subject, "kind", "subject"), object.get(subject, "name", "")])

# A ServiceAccount subject without a namespace is in the binding's own namespace.
namespace_of(subject, binding) := subject.namespace if is_string(subject.namespace)

else := binding.namespace if is_string(binding.namespace)

else := "default"
