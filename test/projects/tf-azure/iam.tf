data "azurerm_subscription" "current" {}

# The pipeline's role: deploys the portal, and assigns the managed identities
# their roles (which lets it assign any role, Owner included, to anyone).
resource "azurerm_role_definition" "pipeline" {
  name        = "portal-pipeline"
  scope       = data.azurerm_subscription.current.id
  description = "Deploys the patient portal"

  permissions {
    actions = [
      "Microsoft.Web/sites/*",
      "Microsoft.ContainerService/managedClusters/*",
      "Microsoft.Resources/deployments/*",
      "Microsoft.Authorization/roleAssignments/write",
    ]
    not_actions = []
  }

  assignable_scopes = [data.azurerm_subscription.current.id]
}

# Operators: everything but access management, like the built-in Contributor.
resource "azurerm_role_definition" "operators" {
  name        = "portal-operators"
  scope       = azurerm_resource_group.portal.id
  description = "Runs the portal's resource group"

  permissions {
    actions = ["*"]
    not_actions = [
      "Microsoft.Authorization/*/Delete",
      "Microsoft.Authorization/*/Write",
      "Microsoft.Authorization/elevateAccess/Action",
    ]
  }

  assignable_scopes = [azurerm_resource_group.portal.id]
}
