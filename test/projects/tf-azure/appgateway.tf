# The public front door. The portal is served over HTTPS and its port 80 redirects there; the
# legacy document upload site was moved behind the gateway on its own port-8080 listener and
# still forwards over plain HTTP.
resource "azurerm_public_ip" "gateway" {
  name                = "pip-agw-portal"
  resource_group_name = azurerm_resource_group.portal.name
  location            = azurerm_resource_group.portal.location
  allocation_method   = "Static"
  sku                 = "Standard"
}

resource "azurerm_application_gateway" "portal" {
  name                = "agw-portal"
  resource_group_name = azurerm_resource_group.portal.name
  location            = azurerm_resource_group.portal.location

  sku {
    name     = "WAF_v2"
    tier     = "WAF_v2"
    capacity = 2
  }

  gateway_ip_configuration {
    name      = "gateway"
    subnet_id = azurerm_subnet.app.id
  }

  frontend_ip_configuration {
    name                 = "public"
    public_ip_address_id = azurerm_public_ip.gateway.id
  }

  frontend_port {
    name = "port-80"
    port = 80
  }

  frontend_port {
    name = "port-443"
    port = 443
  }

  frontend_port {
    name = "port-8080"
    port = 8080
  }

  ssl_certificate {
    name                = "portal"
    key_vault_secret_id = "https://kv-portal-prod.vault.azure.net/secrets/portal-tls"
  }

  backend_address_pool {
    name = "portal"
  }

  backend_address_pool {
    name = "upload"
  }

  backend_http_settings {
    name                  = "portal"
    cookie_based_affinity = "Disabled"
    port                  = 443
    protocol              = "Https"
  }

  http_listener {
    name                           = "portal-http"
    frontend_ip_configuration_name = "public"
    frontend_port_name             = "port-80"
    protocol                       = "Http"
  }

  http_listener {
    name                           = "portal-https"
    frontend_ip_configuration_name = "public"
    frontend_port_name             = "port-443"
    protocol                       = "Https"
    ssl_certificate_name           = "portal"
  }

  http_listener {
    name                           = "upload-http"
    frontend_ip_configuration_name = "public"
    frontend_port_name             = "port-8080"
    protocol                       = "Http"
  }

  redirect_configuration {
    name                 = "portal-to-https"
    redirect_type        = "Permanent"
    target_listener_name = "portal-https"
    include_path         = true
    include_query_string = true
  }

  request_routing_rule {
    name                        = "portal-redirect"
    priority                    = 100
    rule_type                   = "Basic"
    http_listener_name          = "portal-http"
    redirect_configuration_name = "portal-to-https"
  }

  request_routing_rule {
    name                       = "portal"
    priority                   = 110
    rule_type                  = "Basic"
    http_listener_name         = "portal-https"
    backend_address_pool_name  = "portal"
    backend_http_settings_name = "portal"
  }

  request_routing_rule {
    name                       = "upload"
    priority                   = 120
    rule_type                  = "Basic"
    http_listener_name         = "upload-http"
    backend_address_pool_name  = "upload"
    backend_http_settings_name = "portal"
  }
}
