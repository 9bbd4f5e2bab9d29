# The analytics warehouse: the outcomes workspace audits every query to the
# records storage account for a year; the population-health workspace, built
# later for a grant report, was never given an auditing policy.
resource "azurerm_storage_data_lake_gen2_filesystem" "warehouse" {
  name               = "warehouse"
  storage_account_id = azurerm_storage_account.records.id
}

resource "azurerm_synapse_workspace" "outcomes" {
  name                                 = "syn-portal-outcomes"
  resource_group_name                  = azurerm_resource_group.portal.name
  location                             = azurerm_resource_group.portal.location
  storage_data_lake_gen2_filesystem_id = azurerm_storage_data_lake_gen2_filesystem.warehouse.id
  public_network_access_enabled        = false
  managed_virtual_network_enabled      = true

  azuread_admin {
    login     = "warehouse-admins"
    object_id = "00000000-0000-0000-0000-000000000002"
    tenant_id = data.azurerm_client_config.current.tenant_id
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_synapse_workspace_extended_auditing_policy" "outcomes" {
  synapse_workspace_id   = azurerm_synapse_workspace.outcomes.id
  storage_endpoint       = azurerm_storage_account.records.primary_blob_endpoint
  retention_in_days      = 365
  log_monitoring_enabled = true
}

resource "azurerm_synapse_workspace" "population_health" {
  name                                 = "syn-portal-pophealth"
  resource_group_name                  = azurerm_resource_group.portal.name
  location                             = azurerm_resource_group.portal.location
  storage_data_lake_gen2_filesystem_id = azurerm_storage_data_lake_gen2_filesystem.warehouse.id
  public_network_access_enabled        = false
  managed_virtual_network_enabled      = true

  azuread_admin {
    login     = "warehouse-admins"
    object_id = "00000000-0000-0000-0000-000000000002"
    tenant_id = data.azurerm_client_config.current.tenant_id
  }

  identity {
    type = "SystemAssigned"
  }
}

# The dedicated SQL pools: the outcomes pool was created with TDE; the
# population-health pool, built in a hurry for the grant report, was not.
resource "azurerm_synapse_sql_pool" "outcomes" {
  name                 = "outcomes"
  synapse_workspace_id = azurerm_synapse_workspace.outcomes.id
  sku_name             = "DW100c"
  create_mode          = "Default"
  storage_account_type = "GRS"
  data_encrypted       = true
}

resource "azurerm_synapse_sql_pool" "population_health" {
  name                 = "pophealth"
  synapse_workspace_id = azurerm_synapse_workspace.population_health.id
  sku_name             = "DW100c"
  create_mode          = "Default"
  storage_account_type = "GRS"
}
