resource "azurerm_user_assigned_identity" "storage" {
  name                = "id-storage-cmk"
  location            = azurerm_resource_group.portal.location
  resource_group_name = azurerm_resource_group.portal.name
}

resource "azurerm_storage_account" "records" {
  name                            = "stportalrecords"
  resource_group_name             = azurerm_resource_group.portal.name
  location                        = azurerm_resource_group.portal.location
  account_tier                    = "Standard"
  account_replication_type        = "ZRS"
  min_tls_version                 = "TLS1_2"
  shared_access_key_enabled       = false
  allow_nested_items_to_be_public = false

  identity {
    type         = "UserAssigned"
    identity_ids = [azurerm_user_assigned_identity.storage.id]
  }

  customer_managed_key {
    key_vault_key_id          = azurerm_key_vault_key.records.id
    user_assigned_identity_id = azurerm_user_assigned_identity.storage.id
  }

  blob_properties {
    versioning_enabled = true

    delete_retention_policy {
      days = 30
    }
  }

  network_rules {
    default_action             = "Deny"
    bypass                     = ["AzureServices"]
    virtual_network_subnet_ids = [azurerm_subnet.app.id]
  }
}

# The partner document import, set up before the portal's storage standards.
resource "azurerm_storage_account" "imports" {
  name                       = "stportalimports"
  resource_group_name        = azurerm_resource_group.portal.name
  location                   = azurerm_resource_group.portal.location
  account_tier               = "Standard"
  account_replication_type   = "LRS"
  https_traffic_only_enabled = false
  min_tls_version            = "TLS1_0"

  # The partner asked for a live copy of the signed documents in its own tenant.
  cross_tenant_replication_enabled = true
}

resource "azurerm_storage_container" "imports_inbox" {
  name                  = "inbox"
  storage_account_id    = azurerm_storage_account.imports.id
  container_access_type = "blob"
}

resource "azurerm_storage_container" "records" {
  name                  = "records"
  storage_account_id    = azurerm_storage_account.records.id
  container_access_type = "private"
}
