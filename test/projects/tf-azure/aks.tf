resource "azurerm_kubernetes_cluster" "portal" {
  name                              = "aks-portal-prod"
  location                          = azurerm_resource_group.portal.location
  resource_group_name               = azurerm_resource_group.portal.name
  dns_prefix                        = "portal"
  private_cluster_enabled           = true
  local_account_disabled            = true
  role_based_access_control_enabled = true

  default_node_pool {
    name           = "system"
    node_count     = 3
    vm_size        = "Standard_D4s_v5"
    vnet_subnet_id = azurerm_subnet.app.id
  }

  identity {
    type = "SystemAssigned"
  }

  azure_active_directory_role_based_access_control {
    azure_rbac_enabled = true
    tenant_id          = data.azurerm_client_config.current.tenant_id
  }

  network_profile {
    network_plugin = "azure"
    network_policy = "azure"
  }

  oms_agent {
    log_analytics_workspace_id = azurerm_log_analytics_workspace.ops.id
  }
}

# A developer's cluster for trying out the import service with real extracts.
resource "azurerm_kubernetes_cluster" "dev" {
  name                              = "aks-portal-dev"
  location                          = azurerm_resource_group.portal.location
  resource_group_name               = azurerm_resource_group.portal.name
  dns_prefix                        = "portal-dev"
  role_based_access_control_enabled = false

  default_node_pool {
    name       = "default"
    node_count = 1
    vm_size    = "Standard_D2s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

# The portal's document conversion pool: private nodes, like the system pool.
resource "azurerm_kubernetes_cluster_node_pool" "conversion" {
  name                  = "convert"
  kubernetes_cluster_id = azurerm_kubernetes_cluster.portal.id
  vm_size               = "Standard_D4s_v5"
  node_count            = 2
  vnet_subnet_id        = azurerm_subnet.app.id
}

# The fax gateway vendor's pool: the vendor's appliance dials in to each node
# directly, so every node was given its own public address.
resource "azurerm_kubernetes_cluster_node_pool" "fax" {
  name                   = "fax"
  kubernetes_cluster_id  = azurerm_kubernetes_cluster.portal.id
  vm_size                = "Standard_D2s_v5"
  node_count             = 2
  vnet_subnet_id         = azurerm_subnet.app.id
  node_public_ip_enabled = true
}
