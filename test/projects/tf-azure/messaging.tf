# Referrals and device telemetry. The referral queue namespace takes Entra ID tokens only; the
# telemetry namespace still hands out the SAS keys its first device firmware used.
resource "azurerm_servicebus_namespace" "referrals" {
  name                          = "sb-portal-referrals"
  location                      = azurerm_resource_group.portal.location
  resource_group_name           = azurerm_resource_group.portal.name
  sku                           = "Premium"
  capacity                      = 1
  premium_messaging_partitions  = 1
  local_auth_enabled            = false
  public_network_access_enabled = false
}

resource "azurerm_eventhub_namespace" "telemetry" {
  name                          = "evhns-portal-telemetry"
  location                      = azurerm_resource_group.portal.location
  resource_group_name           = azurerm_resource_group.portal.name
  sku                           = "Standard"
  public_network_access_enabled = false
}
