# METADATA
# title: Role grants every verb or every resource
# description: >-
#   A Role or ClusterRole (other than the built-in system: roles) has a rule
#   whose verbs or resources contain "*". Such a rule grants every current and
#   future permission of the API groups it names — including reading Secrets,
#   exec into pods and, in a ClusterRole, escalating to any other role — so the
#   role's real reach cannot be reviewed from its text.
#   An overlay's Kustomize patch of a base it includes that writes such a
#   rule is reported too, in the patch (the variant it deploys has it).
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/security/rbac-good-practices/#least-privilege
# custom:
#   id: EVD-K8S-013
#   severity: high
#   remediation: >-
#     List the exact verbs (get, list, watch, …) and resources the subject
#     needs; use the built-in view/edit/admin roles where they fit.
#   selector:
#     input: kubernetes
#     resources: [Role, ClusterRole]
#   controls:
#     hipaa: ["164.308(a)(4)(ii)(B)", "164.308(a)(3)(ii)(A)", "164.312(a)(1)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: Wildcard permissions defeat access authorization and minimum-necessary access to ePHI in the cluster.
#     gdpr: Least-privilege roles limit access to personal data by default.
package evident.checks.kubernetes.rbac_wildcard_permissions

import data.evident.lib.finding
import data.evident.lib.kubernetes

deny contains f if {
	some kind in ["Role", "ClusterRole"]
	some role in kubernetes.resources_and_patches_of_kind(kind)
	not startswith(role.name, "system:")
	some i, rule in object.get(role.object, "rules", [])
	some field in ["verbs", "resources"]
	"*" in object.get(rule, field, [])
	f := finding.at(role, ["object", "rules", i, field], finding.format("%s rule %d grants all %s (\"*\")", [role.id, i, field]))
}
