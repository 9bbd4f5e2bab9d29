# The portal's global entry point. Every route redirects HTTP to HTTPS and reaches the App
# Gateway over HTTPS, except the route added for a partner's old kiosk, which cannot follow
# redirects.
resource "azurerm_cdn_frontdoor_profile" "portal" {
  name                = "afd-portal"
  resource_group_name = azurerm_resource_group.portal.name
  sku_name            = "Premium_AzureFrontDoor"
}

resource "azurerm_cdn_frontdoor_endpoint" "portal" {
  name                     = "portal"
  cdn_frontdoor_profile_id = azurerm_cdn_frontdoor_profile.portal.id
}

resource "azurerm_cdn_frontdoor_origin_group" "gateway" {
  name                     = "gateway"
  cdn_frontdoor_profile_id = azurerm_cdn_frontdoor_profile.portal.id

  load_balancing {}
}

resource "azurerm_cdn_frontdoor_origin" "gateway" {
  name                           = "gateway"
  cdn_frontdoor_origin_group_id  = azurerm_cdn_frontdoor_origin_group.gateway.id
  host_name                      = "gateway.portal.clinic.example"
  certificate_name_check_enabled = true
}

resource "azurerm_cdn_frontdoor_route" "portal" {
  name                          = "portal"
  cdn_frontdoor_endpoint_id     = azurerm_cdn_frontdoor_endpoint.portal.id
  cdn_frontdoor_origin_group_id = azurerm_cdn_frontdoor_origin_group.gateway.id
  cdn_frontdoor_origin_ids      = [azurerm_cdn_frontdoor_origin.gateway.id]
  patterns_to_match             = ["/*"]
  supported_protocols           = ["Http", "Https"]
  forwarding_protocol           = "HttpsOnly"
}

resource "azurerm_cdn_frontdoor_route" "kiosk" {
  name                          = "kiosk"
  cdn_frontdoor_endpoint_id     = azurerm_cdn_frontdoor_endpoint.portal.id
  cdn_frontdoor_origin_group_id = azurerm_cdn_frontdoor_origin_group.gateway.id
  cdn_frontdoor_origin_ids      = [azurerm_cdn_frontdoor_origin.gateway.id]
  patterns_to_match             = ["/kiosk/*"]
  supported_protocols           = ["Http", "Https"]
  https_redirect_enabled        = false
  forwarding_protocol           = "HttpsOnly"
}
