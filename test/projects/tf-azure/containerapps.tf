# Background services on Container Apps. The records API redirects HTTP (the default); the
# referral intake was opened to plain HTTP for a fax gateway that posts without TLS.
resource "azurerm_container_app_environment" "apps" {
  name                       = "cae-portal"
  location                   = azurerm_resource_group.portal.location
  resource_group_name        = azurerm_resource_group.portal.name
  log_analytics_workspace_id = azurerm_log_analytics_workspace.ops.id
}

resource "azurerm_container_app" "records_api" {
  name                         = "ca-records-api"
  container_app_environment_id = azurerm_container_app_environment.apps.id
  resource_group_name          = azurerm_resource_group.portal.name
  revision_mode                = "Single"

  template {
    container {
      name   = "records-api"
      image  = "crportal.azurecr.io/records-api:5.0.1"
      cpu    = 0.5
      memory = "1Gi"
    }
  }

  ingress {
    external_enabled = true
    target_port      = 8080

    traffic_weight {
      percentage      = 100
      latest_revision = true
    }
  }
}

resource "azurerm_container_app" "referral_intake" {
  name                         = "ca-referral-intake"
  container_app_environment_id = azurerm_container_app_environment.apps.id
  resource_group_name          = azurerm_resource_group.portal.name
  revision_mode                = "Single"

  template {
    container {
      name   = "referral-intake"
      image  = "crportal.azurecr.io/referral-intake:2.4.0"
      cpu    = 0.5
      memory = "1Gi"
    }
  }

  ingress {
    external_enabled           = true
    target_port                = 8080
    allow_insecure_connections = true

    traffic_weight {
      percentage      = 100
      latest_revision = true
    }
  }
}
