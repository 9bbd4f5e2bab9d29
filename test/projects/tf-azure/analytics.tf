# Data Explorer: the device telemetry cluster encrypts its disks; the
# research cluster, which caches de-identified (and, for the linkage study,
# re-identifiable) visit extracts, was created from an old template without
# disk encryption.
resource "azurerm_kusto_cluster" "telemetry" {
  name                          = "kustoportaltelemetry"
  location                      = azurerm_resource_group.portal.location
  resource_group_name           = azurerm_resource_group.portal.name
  public_network_access_enabled = false
  disk_encryption_enabled       = true

  sku {
    name     = "Standard_E2ads_v5"
    capacity = 2
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_kusto_cluster" "research" {
  name                          = "kustoportalresearch"
  location                      = azurerm_resource_group.portal.location
  resource_group_name           = azurerm_resource_group.portal.name
  public_network_access_enabled = false

  sku {
    name     = "Standard_E2ads_v5"
    capacity = 2
  }

  identity {
    type = "SystemAssigned"
  }
}
