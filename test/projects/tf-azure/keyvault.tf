resource "azurerm_key_vault" "main" {
  name                          = "kv-portal-prod"
  location                      = azurerm_resource_group.portal.location
  resource_group_name           = azurerm_resource_group.portal.name
  tenant_id                     = data.azurerm_client_config.current.tenant_id
  sku_name                      = "premium"
  purge_protection_enabled      = true
  soft_delete_retention_days    = 90
  rbac_authorization_enabled    = true
  public_network_access_enabled = true

  network_acls {
    default_action             = "Deny"
    bypass                     = "AzureServices"
    virtual_network_subnet_ids = [azurerm_subnet.app.id]
  }
}

resource "azurerm_monitor_diagnostic_setting" "key_vault" {
  name                       = "kv-audit"
  target_resource_id         = azurerm_key_vault.main.id
  log_analytics_workspace_id = azurerm_log_analytics_workspace.ops.id

  enabled_log {
    category = "AuditEvent"
  }
}

resource "azurerm_key_vault_key" "records" {
  name         = "records-cmk"
  key_vault_id = azurerm_key_vault.main.id
  key_type     = "RSA-HSM"
  key_size     = 3072
  key_opts     = ["wrapKey", "unwrapKey"]

  rotation_policy {
    expire_after         = "P2Y"
    notify_before_expiry = "P30D"

    automatic {
      time_before_expiry = "P60D"
    }
  }
}

resource "azurerm_key_vault_key" "import_signing" {
  name            = "import-signing"
  key_vault_id    = azurerm_key_vault.main.id
  key_type        = "EC"
  curve           = "P-256"
  key_opts        = ["sign", "verify"]
  expiration_date = "2027-06-30T00:00:00Z"
}

resource "azurerm_key_vault_secret" "partner_api" {
  name         = "partner-api-token"
  value        = var.partner_api_token
  key_vault_id = azurerm_key_vault.main.id
  content_type = "text/plain"
}

variable "partner_api_token" {
  type      = string
  sensitive = true
}
