# A patient portal on Azure: records in Azure SQL and Blob storage, keys in
# Key Vault, the portal on App Service and AKS. The production path is
# hardened; a legacy document import, a developer cluster and an old
# reporting VM are not.
terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
    random = {
      source  = "hashicorp/random"
      version = "~> 3.6"
    }
  }
}

provider "azurerm" {
  features {}
}

data "azurerm_client_config" "current" {}

resource "azurerm_resource_group" "portal" {
  name     = "rg-portal-prod"
  location = "westeurope"
}

resource "azurerm_log_analytics_workspace" "ops" {
  name                = "log-portal-prod"
  location            = azurerm_resource_group.portal.location
  resource_group_name = azurerm_resource_group.portal.name
  sku                 = "PerGB2018"
  retention_in_days   = 365
}
