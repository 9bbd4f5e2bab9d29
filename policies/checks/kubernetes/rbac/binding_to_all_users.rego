# METADATA
# title: Role is bound to every user or every service account
# description: >-
#   A RoleBinding or ClusterRoleBinding (other than the built-in system: ones)
#   has a subject that means everyone: the groups system:authenticated (any
#   user or service account with valid credentials — on some managed clusters,
#   anyone with a cloud account), system:unauthenticated or system:serviceaccounts,
#   or the user system:anonymous. Whatever the role allows — often reading
#   ConfigMaps, Secrets or pods' data — is then granted to all of them.
#   An overlay's Kustomize patch of a base it includes that writes such a
#   subject is reported too, in the patch (the variant it deploys has it).
# related_resources:
#   - ref: https://kubernetes.io/docs/reference/access-authn-authz/rbac/#discovery-roles
#   - ref: https://kubernetes.io/docs/concepts/security/rbac-good-practices/
# custom:
#   id: EVD-K8S-014
#   severity: high
#   remediation: >-
#     Bind the role to the specific users, groups or service accounts that need
#     it; never to system:authenticated, system:unauthenticated,
#     system:serviceaccounts or system:anonymous.
#   selector:
#     input: kubernetes
#     resources: [RoleBinding, ClusterRoleBinding]
#   controls:
#     hipaa: ["164.308(a)(4)(ii)(B)", "164.312(a)(1)", "164.308(a)(3)(i)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: Granting a role to everyone removes access authorization for whatever ePHI the role reaches.
#     gdpr: Data protection by default forbids making personal data accessible to an indefinite number of persons.
package evident.checks.kubernetes.binding_to_all_users

import data.evident.lib.finding
import data.evident.lib.kubernetes

everyone := {
	"Group": {"system:authenticated", "system:unauthenticated", "system:serviceaccounts"},
	"User": {"system:anonymous"},
}

deny contains f if {
	some kind in ["RoleBinding", "ClusterRoleBinding"]
	some binding in kubernetes.resources_and_patches_of_kind(kind)
	not startswith(binding.name, "system:")
	some i, subject in object.get(binding.object, "subjects", [])
	subject.name in everyone[subject.kind]
	role := object.get(binding.object, "roleRef", {})
	f := finding.at(binding, ["object", "subjects", i], finding.format("%s grants %s %s to %s %s", [binding.id, object.get(role, "kind", "role"), object.get(role, "name", ""), subject.kind, subject.name]))
}
