# Operations runbooks: the nightly export reads the SQL password from an
# encrypted variable; the fax gateway token was added later, by hand, in
# clear. The export schedule is a plain setting.
resource "azurerm_automation_account" "ops" {
  name                          = "aa-portal-ops"
  location                      = azurerm_resource_group.portal.location
  resource_group_name           = azurerm_resource_group.portal.name
  sku_name                      = "Basic"
  public_network_access_enabled = false
  local_authentication_enabled  = false

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_automation_variable_string" "export_sql_password" {
  name                    = "export-sql-password"
  resource_group_name     = azurerm_resource_group.portal.name
  automation_account_name = azurerm_automation_account.ops.name
  value                   = random_password.sql_admin.result
  encrypted               = true
}

resource "azurerm_automation_variable_string" "fax_gateway_token" {
  name                    = "FaxGatewayToken"
  resource_group_name     = azurerm_resource_group.portal.name
  automation_account_name = azurerm_automation_account.ops.name
  value                   = var.fax_gateway_token
}

resource "azurerm_automation_variable_string" "export_schedule" {
  name                    = "ExportSchedule"
  resource_group_name     = azurerm_resource_group.portal.name
  automation_account_name = azurerm_automation_account.ops.name
  value                   = "0 2 * * *"
}

variable "fax_gateway_token" {
  type      = string
  sensitive = true
}
