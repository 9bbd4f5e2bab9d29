resource "random_password" "sql_admin" {
  length  = 32
  special = true
}

resource "azurerm_mssql_server" "records" {
  name                          = "sql-portal-records"
  resource_group_name           = azurerm_resource_group.portal.name
  location                      = azurerm_resource_group.portal.location
  version                       = "12.0"
  minimum_tls_version           = "1.2"
  public_network_access_enabled = false

  azuread_administrator {
    login_username              = "sql-admins"
    object_id                   = "00000000-0000-0000-0000-000000000001"
    azuread_authentication_only = true
  }
}

resource "azurerm_mssql_server_extended_auditing_policy" "records" {
  server_id              = azurerm_mssql_server.records.id
  log_monitoring_enabled = true
  storage_endpoint       = azurerm_storage_account.records.primary_blob_endpoint
  retention_in_days      = 365
}

resource "azurerm_mssql_database" "records" {
  name                                = "records"
  server_id                           = azurerm_mssql_server.records.id
  sku_name                            = "GP_Gen5_2"
  zone_redundant                      = true
  storage_account_type                = "Geo"
  transparent_data_encryption_enabled = true
}

resource "azurerm_monitor_diagnostic_setting" "records_db" {
  name                       = "sql-audit"
  target_resource_id         = azurerm_mssql_database.records.id
  log_analytics_workspace_id = azurerm_log_analytics_workspace.ops.id

  enabled_log {
    category = "SQLSecurityAuditEvents"
  }
}

# Reporting server the BI team connects to from home.
resource "azurerm_mssql_server" "reporting" {
  name                         = "sql-portal-reporting"
  resource_group_name          = azurerm_resource_group.portal.name
  location                     = azurerm_resource_group.portal.location
  version                      = "12.0"
  administrator_login          = "reportadmin"
  administrator_login_password = random_password.sql_admin.result
  minimum_tls_version          = "1.2"
}

resource "azurerm_mssql_firewall_rule" "reporting_anywhere" {
  name             = "anywhere"
  server_id        = azurerm_mssql_server.reporting.id
  start_ip_address = "0.0.0.0"
  end_ip_address   = "255.255.255.255"
}

resource "azurerm_mssql_database" "reporting" {
  name      = "reporting"
  server_id = azurerm_mssql_server.reporting.id
  sku_name  = "S1"
}

resource "azurerm_postgresql_flexible_server" "scheduling" {
  name                          = "psql-portal-scheduling"
  resource_group_name           = azurerm_resource_group.portal.name
  location                      = azurerm_resource_group.portal.location
  version                       = "16"
  delegated_subnet_id           = azurerm_subnet.postgres.id
  public_network_access_enabled = false
  sku_name                      = "GP_Standard_D2ds_v5"
  storage_mb                    = 65536
  backup_retention_days         = 35
  geo_redundant_backup_enabled  = true

  authentication {
    active_directory_auth_enabled = true
    password_auth_enabled         = false
    tenant_id                     = data.azurerm_client_config.current.tenant_id
  }
}

# The pharmacy service's MySQL server audits connections and reads of
# prescriptions; the appointment reminders server, moved over from a single
# server, never got its audit parameter back.
resource "azurerm_mysql_flexible_server" "pharmacy" {
  name                          = "mysql-portal-pharmacy"
  resource_group_name           = azurerm_resource_group.portal.name
  location                      = azurerm_resource_group.portal.location
  version                       = "8.0.21"
  sku_name                      = "GP_Standard_D2ds_v4"
  public_network_access_enabled = false
  backup_retention_days         = 35
  geo_redundant_backup_enabled  = true
}

resource "azurerm_mysql_flexible_server_configuration" "pharmacy_audit" {
  name                = "audit_log_enabled"
  resource_group_name = azurerm_resource_group.portal.name
  server_name         = azurerm_mysql_flexible_server.pharmacy.name
  value               = "ON"
}

resource "azurerm_mysql_flexible_server_configuration" "pharmacy_audit_events" {
  name                = "audit_log_events"
  resource_group_name = azurerm_resource_group.portal.name
  server_name         = azurerm_mysql_flexible_server.pharmacy.name
  value               = "CONNECTION,DML_SELECT"
}

resource "azurerm_mysql_flexible_server" "reminders" {
  name                          = "mysql-portal-reminders"
  resource_group_name           = azurerm_resource_group.portal.name
  location                      = azurerm_resource_group.portal.location
  version                       = "8.0.21"
  sku_name                      = "GP_Standard_B1ms"
  public_network_access_enabled = false
  backup_retention_days         = 35
  geo_redundant_backup_enabled  = true
}

resource "azurerm_mysql_flexible_server_configuration" "reminders_tls" {
  name                = "require_secure_transport"
  resource_group_name = azurerm_resource_group.portal.name
  server_name         = azurerm_mysql_flexible_server.reminders.name
  value               = "ON"
}
