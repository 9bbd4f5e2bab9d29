# METADATA
# title: Azure custom role lets its holders grant access
# description: >-
#   An azurerm_role_definition has an action, written out or through a
#   wildcard ("*", "Microsoft.Authorization/*", "Microsoft.Authorization/*/write"),
#   that writes role assignments or role definitions, and no not_actions entry
#   that takes it away. Whoever holds the role can then assign any role,
#   Owner included, to themselves or to anyone else within its scope, or widen
#   the role itself: the custom role is an owner role in disguise, and every
#   other access control over the subscription's databases, storage and key
#   vaults is only as strong as the list of people who hold it. A role with
#   "*" and the not_actions of the built-in Contributor role
#   (Microsoft.Authorization/*/Write and /Delete) is not reported. Actions that
#   cannot be resolved are not reported.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/role-based-access-control/custom-roles
#   - ref: https://learn.microsoft.com/azure/role-based-access-control/best-practices#limit-privileged-administrator-role-assignments
# custom:
#   id: EVD-TF-252
#   severity: high
#   remediation: >-
#     List the actions the role's holders need instead of a wildcard, add
#     Microsoft.Authorization/*/Write and Microsoft.Authorization/*/Delete to its
#     not_actions, or use the built-in Role Based Access Control Administrator
#     role with a condition that limits the roles it may assign.
#   selector:
#     input: terraform
#     resources: [azurerm_role_definition]
#   controls:
#     hipaa: ["164.308(a)(4)(ii)(B)", "164.312(a)(1)", "164.308(a)(3)(ii)(A)"]
#     gdpr: ["Art.25(2)", "Art.32(1)(b)"]
#   rationale:
#     hipaa: A role that can grant any role makes every access authorization to ePHI systems revocable by its holders.
#     gdpr: Access to personal data limited by role is data protection by default only if no role can grant itself more.
package evident.checks.terraform.azure_custom_role_grants_access_management

import data.evident.lib.finding
import data.evident.lib.terraform

# The writes that grant access, with what they let the holders do.
grants := {
	"microsoft.authorization/roleassignments/write": "assign roles",
	"microsoft.authorization/roledefinitions/write": "change role definitions",
}

deny contains f if {
	some r in terraform.resources_of({"azurerm_role_definition"})
	some i, permissions in terraform.blocks(r.config, "permissions")
	some j, action in permissions.actions
	allowed := [verb |
		some target, verb in grants
		matches(action, target)
		not excluded(permissions, target)
	]
	count(allowed) > 0
	path := array.concat(array.concat(["config"], terraform.block_path(r.config, "permissions", i)), ["actions", j])
	f := finding.at(r, path, finding.format("%s lets its holders %s (action %s): they can give themselves or anyone any access in its scope", [r.id, concat(" and ", sort(allowed)), action]))
}

# excluded(permissions, target): a not_actions entry takes the target away.
excluded(permissions, target) if {
	some pattern in permissions.not_actions
	matches(pattern, target)
}

# matches(pattern, action): an Azure action pattern (any case, * for any
# characters, across / and .) matches the action.
matches(pattern, action) if {
	is_string(pattern)
	glob.match(lower(pattern), ["|"], action)
}
