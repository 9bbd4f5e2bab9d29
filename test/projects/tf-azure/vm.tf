resource "azurerm_disk_encryption_set" "main" {
  name                = "des-portal"
  resource_group_name = azurerm_resource_group.portal.name
  location            = azurerm_resource_group.portal.location
  key_vault_key_id    = azurerm_key_vault_key.records.id

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_network_interface" "jumpbox" {
  name                = "nic-jumpbox"
  location            = azurerm_resource_group.portal.location
  resource_group_name = azurerm_resource_group.portal.name

  ip_configuration {
    name                          = "internal"
    subnet_id                     = azurerm_subnet.app.id
    private_ip_address_allocation = "Dynamic"
  }
}

resource "azurerm_linux_virtual_machine" "jumpbox" {
  name                            = "vm-jumpbox"
  resource_group_name             = azurerm_resource_group.portal.name
  location                        = azurerm_resource_group.portal.location
  size                            = "Standard_B2s"
  admin_username                  = "ops"
  disable_password_authentication = true
  network_interface_ids           = [azurerm_network_interface.jumpbox.id]

  admin_ssh_key {
    username   = "ops"
    public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleKeyOnlyForDocs ops@laptop"
  }

  os_disk {
    caching                = "ReadWrite"
    storage_account_type   = "Premium_LRS"
    disk_encryption_set_id = azurerm_disk_encryption_set.main.id
  }

  source_image_reference {
    publisher = "Canonical"
    offer     = "ubuntu-24_04-lts"
    sku       = "server"
    version   = "latest"
  }
}

resource "azurerm_network_interface" "reporting" {
  name                = "nic-reporting"
  location            = azurerm_resource_group.portal.location
  resource_group_name = azurerm_resource_group.portal.name

  ip_configuration {
    name                          = "internal"
    subnet_id                     = azurerm_subnet.legacy.id
    private_ip_address_allocation = "Dynamic"
  }
}

# The old reporting VM: exports run by cron, analysts log in with a password.
resource "azurerm_linux_virtual_machine" "reporting" {
  name                            = "vm-reporting"
  resource_group_name             = azurerm_resource_group.portal.name
  location                        = azurerm_resource_group.portal.location
  size                            = "Standard_D2s_v5"
  admin_username                  = "analyst"
  admin_password                  = "Analyst-Reports-2023!"
  disable_password_authentication = false
  network_interface_ids           = [azurerm_network_interface.reporting.id]
  custom_data = base64encode(<<-EOT
    #!/bin/bash
    echo "REPORTING_DB_PASSWORD=Q4r-Export-Nightly-77" >> /etc/environment
  EOT
  )

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Standard_LRS"
  }

  source_image_reference {
    publisher = "Canonical"
    offer     = "0001-com-ubuntu-server-focal"
    sku       = "20_04-lts"
    version   = "latest"
  }
}
