# The partner API gateway and the portal's caches. The partner gateway was
# opened to TLS 1.0 for an old billing client; the internal gateway keeps
# the defaults. The session cache for the legacy import app was given the
# plain port because its client library predates TLS support; the portal's
# cache speaks TLS only.
resource "azurerm_api_management" "partners" {
  name                          = "apim-clinic-partners"
  location                      = azurerm_resource_group.portal.location
  resource_group_name           = azurerm_resource_group.portal.name
  publisher_name                = "Clinic"
  publisher_email               = "api@clinic.example"
  sku_name                      = "Standard_1"
  public_network_access_enabled = true

  security {
    frontend_tls10_enabled = true
    frontend_tls11_enabled = false
    backend_tls10_enabled  = false
  }
}

resource "azurerm_api_management" "internal" {
  name                = "apim-clinic-internal"
  location            = azurerm_resource_group.portal.location
  resource_group_name = azurerm_resource_group.portal.name
  publisher_name      = "Clinic"
  publisher_email     = "api@clinic.example"
  sku_name            = "Developer_1"
}

resource "azurerm_redis_cache" "portal_sessions" {
  name                          = "redis-portal-sessions"
  location                      = azurerm_resource_group.portal.location
  resource_group_name           = azurerm_resource_group.portal.name
  capacity                      = 1
  family                        = "C"
  sku_name                      = "Standard"
  minimum_tls_version           = "1.2"
  public_network_access_enabled = false
}

resource "azurerm_redis_cache" "import_sessions" {
  name                          = "redis-import-sessions"
  location                      = azurerm_resource_group.portal.location
  resource_group_name           = azurerm_resource_group.portal.name
  capacity                      = 0
  family                        = "C"
  sku_name                      = "Basic"
  non_ssl_port_enabled          = true
  public_network_access_enabled = false
}

# Backends of the partner gateway: the clearinghouse over HTTPS with its certificate checked;
# the billing service of a hosting partner is still reached over plain HTTP.
resource "azurerm_api_management_backend" "clearinghouse" {
  name                = "clearinghouse"
  resource_group_name = azurerm_resource_group.portal.name
  api_management_name = azurerm_api_management.partners.name
  protocol            = "http"
  url                 = "https://claims.clearinghouse.net/api"
}

resource "azurerm_api_management_backend" "billing" {
  name                = "billing"
  resource_group_name = azurerm_resource_group.portal.name
  api_management_name = azurerm_api_management.partners.name
  protocol            = "http"
  url                 = "http://billing.hosting-partner.net/api"
}
