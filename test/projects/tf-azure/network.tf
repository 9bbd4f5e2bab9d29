resource "azurerm_virtual_network" "main" {
  name                = "vnet-portal"
  location            = azurerm_resource_group.portal.location
  resource_group_name = azurerm_resource_group.portal.name
  address_space       = ["10.50.0.0/16"]
}

resource "azurerm_subnet" "app" {
  name                 = "snet-app"
  resource_group_name  = azurerm_resource_group.portal.name
  virtual_network_name = azurerm_virtual_network.main.name
  address_prefixes     = ["10.50.1.0/24"]
  service_endpoints    = ["Microsoft.Storage", "Microsoft.KeyVault"]
}

resource "azurerm_subnet" "postgres" {
  name                 = "snet-postgres"
  resource_group_name  = azurerm_resource_group.portal.name
  virtual_network_name = azurerm_virtual_network.main.name
  address_prefixes     = ["10.50.2.0/24"]

  delegation {
    name = "postgres"

    service_delegation {
      name    = "Microsoft.DBforPostgreSQL/flexibleServers"
      actions = ["Microsoft.Network/virtualNetworks/subnets/join/action"]
    }
  }
}

resource "azurerm_subnet" "legacy" {
  name                 = "snet-legacy"
  resource_group_name  = azurerm_resource_group.portal.name
  virtual_network_name = azurerm_virtual_network.main.name
  address_prefixes     = ["10.50.9.0/24"]
}

resource "azurerm_network_security_group" "app" {
  name                = "nsg-app"
  location            = azurerm_resource_group.portal.location
  resource_group_name = azurerm_resource_group.portal.name

  security_rule {
    name                       = "https-from-internet"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "443"
    source_address_prefix      = "Internet"
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "ssh-from-bastion"
    priority                   = 110
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "22"
    source_address_prefix      = "10.50.250.0/26"
    destination_address_prefix = "*"
  }
}

resource "azurerm_network_security_group" "legacy" {
  name                = "nsg-legacy"
  location            = azurerm_resource_group.portal.location
  resource_group_name = azurerm_resource_group.portal.name
}

resource "azurerm_network_security_rule" "legacy_rdp" {
  name                        = "rdp-anywhere"
  priority                    = 100
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "3389"
  source_address_prefix       = "*"
  destination_address_prefix  = "*"
  resource_group_name         = azurerm_resource_group.portal.name
  network_security_group_name = azurerm_network_security_group.legacy.name
}

resource "azurerm_network_watcher" "main" {
  name                = "nw-westeurope"
  location            = azurerm_resource_group.portal.location
  resource_group_name = azurerm_resource_group.portal.name
}

resource "azurerm_network_watcher_flow_log" "app" {
  name                 = "flow-app"
  network_watcher_name = azurerm_network_watcher.main.name
  resource_group_name  = azurerm_resource_group.portal.name
  target_resource_id   = azurerm_network_security_group.app.id
  storage_account_id   = azurerm_storage_account.records.id
  enabled              = true

  retention_policy {
    enabled = true
    days    = 365
  }
}

resource "azurerm_network_watcher_flow_log" "legacy" {
  name                 = "flow-legacy"
  network_watcher_name = azurerm_network_watcher.main.name
  resource_group_name  = azurerm_resource_group.portal.name
  target_resource_id   = azurerm_network_security_group.legacy.id
  storage_account_id   = azurerm_storage_account.records.id
  enabled              = true

  retention_policy {
    enabled = true
    days    = 30
  }
}
