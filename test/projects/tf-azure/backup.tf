# Backups of the portal's VMs and databases. The VM vault keeps deleted backups
# (soft delete is on by default) and is locked against changes; the database
# backup vault had soft delete turned off to "free the names" during a rebuild.
resource "azurerm_recovery_services_vault" "vms" {
  name                = "rsv-portal-vms"
  location            = azurerm_resource_group.portal.location
  resource_group_name = azurerm_resource_group.portal.name
  sku                 = "Standard"
  immutability        = "Locked"
}

resource "azurerm_data_protection_backup_vault" "databases" {
  name                = "bv-portal-databases"
  location            = azurerm_resource_group.portal.location
  resource_group_name = azurerm_resource_group.portal.name
  datastore_type      = "VaultStore"
  redundancy          = "GeoRedundant"
  soft_delete         = "Off"

  identity {
    type = "SystemAssigned"
  }
}
