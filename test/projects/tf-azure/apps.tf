resource "azurerm_service_plan" "portal" {
  name                = "asp-portal"
  resource_group_name = azurerm_resource_group.portal.name
  location            = azurerm_resource_group.portal.location
  os_type             = "Linux"
  sku_name            = "P1v3"
}

resource "azurerm_linux_web_app" "portal" {
  name                = "app-patient-portal"
  resource_group_name = azurerm_resource_group.portal.name
  location            = azurerm_resource_group.portal.location
  service_plan_id     = azurerm_service_plan.portal.id
  https_only          = true

  site_config {
    minimum_tls_version = "1.2"
    ftps_state          = "Disabled"
  }
}

resource "azurerm_service_plan" "legacy" {
  name                = "asp-legacy"
  resource_group_name = azurerm_resource_group.portal.name
  location            = azurerm_resource_group.portal.location
  os_type             = "Windows"
  sku_name            = "S1"
}

resource "azurerm_windows_web_app" "import_upload" {
  name                = "app-import-upload"
  resource_group_name = azurerm_resource_group.portal.name
  location            = azurerm_resource_group.portal.location
  service_plan_id     = azurerm_service_plan.legacy.id

  site_config {
    minimum_tls_version = "1.0"
    ftps_state          = "AllAllowed"
  }
}

resource "azurerm_container_registry" "main" {
  name                          = "crportal"
  resource_group_name           = azurerm_resource_group.portal.name
  location                      = azurerm_resource_group.portal.location
  sku                           = "Premium"
  admin_enabled                 = true
  public_network_access_enabled = false
}

resource "azurerm_cosmosdb_account" "sessions" {
  name                = "cosmos-portal-sessions"
  location            = azurerm_resource_group.portal.location
  resource_group_name = azurerm_resource_group.portal.name
  offer_type          = "Standard"
  kind                = "GlobalDocumentDB"

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}

# The import jobs' function app: a developer turned remote debugging on to
# chase a parsing bug in production and it was never turned off again (the
# portal app has it off, the default).
resource "azurerm_linux_function_app" "import_jobs" {
  name                       = "func-import-jobs"
  resource_group_name        = azurerm_resource_group.portal.name
  location                   = azurerm_resource_group.portal.location
  service_plan_id            = azurerm_service_plan.portal.id
  storage_account_name       = "stimportjobs"
  storage_account_access_key = var.import_jobs_storage_key
  https_only                 = true

  site_config {
    minimum_tls_version      = "1.2"
    ftps_state               = "Disabled"
    remote_debugging_enabled = true
    remote_debugging_version = "VS2022"
  }
}

variable "import_jobs_storage_key" {
  description = "Access key of the import jobs' storage account, set by the pipeline"
  type        = string
  sensitive   = true
}

# The fax vendor's appliance pulls its converter image without credentials:
# the registry is private, but anything on the portal network pulls every
# image in it, and no pull is tied to an identity.
resource "azurerm_container_registry" "vendor" {
  name                          = "crportalvendor"
  resource_group_name           = azurerm_resource_group.portal.name
  location                      = azurerm_resource_group.portal.location
  sku                           = "Premium"
  public_network_access_enabled = false
  anonymous_pull_enabled        = true
}
