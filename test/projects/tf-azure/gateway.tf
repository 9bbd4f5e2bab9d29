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
