package evident.checks.terraform.azure_custom_role_grants_access_management_test

import data.evident.checks.terraform.azure_custom_role_grants_access_management as check
import data.evident.lib.tf_fixtures_test as tf

role(name, actions, not_actions) := tf.res("azurerm_role_definition", name, {"name": name, "scope": "/subscriptions/x", "permissions": [{"actions": actions, "not_actions": not_actions}]})

test_roles_that_grant_access_are_reported if {
	check.deny == {
		{"resource": "azurerm_role_definition.owner", "path": ["config", "permissions", 0, "actions", 0], "msg": "azurerm_role_definition.owner lets its holders assign roles and change role definitions (action *): they can give themselves or anyone any access in its scope"},
		{"resource": "azurerm_role_definition.auth", "path": ["config", "permissions", 0, "actions", 1], "msg": "azurerm_role_definition.auth lets its holders assign roles and change role definitions (action Microsoft.Authorization/*): they can give themselves or anyone any access in its scope"},
		{"resource": "azurerm_role_definition.deployer", "path": ["config", "permissions", 0, "actions", 1], "msg": "azurerm_role_definition.deployer lets its holders assign roles (action Microsoft.Authorization/roleAssignments/write): they can give themselves or anyone any access in its scope"},
		{"resource": "azurerm_role_definition.partial", "path": ["config", "permissions", 0, "actions", 0], "msg": "azurerm_role_definition.partial lets its holders change role definitions (action *): they can give themselves or anyone any access in its scope"},
	} with input as tf.doc([
		role("owner", ["*"], []),
		role("auth", ["Microsoft.Resources/subscriptions/resourceGroups/read", "Microsoft.Authorization/*"], null),
		role("deployer", ["Microsoft.Web/sites/*", "Microsoft.Authorization/roleAssignments/write"], []),
		role("partial", ["*"], ["Microsoft.Authorization/roleAssignments/*"]),
	])
}

# Contributor's not_actions, narrow actions, reads, unknown actions.
test_roles_that_cannot_grant_access_pass if {
	count(check.deny) == 0 with input as tf.doc([
		role("contributor_like", ["*"], ["Microsoft.Authorization/*/Delete", "Microsoft.Authorization/*/Write", "Microsoft.Authorization/elevateAccess/Action"]),
		role("operator", ["Microsoft.Compute/virtualMachines/start/action", "Microsoft.Compute/*/read"], []),
		role("reader", ["Microsoft.Authorization/roleAssignments/read", "Microsoft.Authorization/*/read"], []),
		role("dynamic", tf.unknown("var.actions"), []),
		role("item", [tf.unknown("var.action")], []),
	])
}
