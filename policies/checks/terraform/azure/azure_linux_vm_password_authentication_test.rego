package evident.checks.terraform.azure_linux_vm_password_authentication_test

import data.evident.checks.terraform.azure_linux_vm_password_authentication as check
import data.evident.lib.tf_fixtures_test as tf

test_explicit_false_on_every_type if {
	check.deny == {
		{
			"resource": "azurerm_linux_virtual_machine.records",
			"path": ["config", "disable_password_authentication"],
			"msg": "azurerm_linux_virtual_machine.records sets disable_password_authentication = false, so the VM accepts password log-ins over SSH",
		},
		{
			"resource": "azurerm_linux_virtual_machine_scale_set.workers",
			"path": ["config", "disable_password_authentication"],
			"msg": "azurerm_linux_virtual_machine_scale_set.workers sets disable_password_authentication = false, so its instances accept password log-ins over SSH",
		},
		{
			"resource": "azurerm_orchestrated_virtual_machine_scale_set.flex",
			"path": ["config", "os_profile", 0, "linux_configuration", 0, "disable_password_authentication"],
			"msg": "azurerm_orchestrated_virtual_machine_scale_set.flex sets disable_password_authentication = false in os_profile linux_configuration, so its instances accept password log-ins over SSH",
		},
		{
			"resource": "azurerm_virtual_machine.legacy",
			"path": ["config", "os_profile_linux_config", 0, "disable_password_authentication"],
			"msg": "azurerm_virtual_machine.legacy sets disable_password_authentication = false in os_profile_linux_config, so the VM accepts password log-ins over SSH",
		},
		{
			"resource": "azurerm_virtual_machine_scale_set.legacy",
			"path": ["config", "os_profile_linux_config", 0, "disable_password_authentication"],
			"msg": "azurerm_virtual_machine_scale_set.legacy sets disable_password_authentication = false in os_profile_linux_config, so its instances accept password log-ins over SSH",
		},
	} with input as tf.doc([
		tf.res("azurerm_linux_virtual_machine", "records", {"admin_username": "clinic", "admin_password": "x", "disable_password_authentication": false}),
		# a string is converted to bool by Terraform
		tf.res("azurerm_linux_virtual_machine_scale_set", "workers", {"admin_username": "clinic", "disable_password_authentication": "false"}),
		tf.res("azurerm_orchestrated_virtual_machine_scale_set", "flex", {"os_profile": [{"linux_configuration": [{"admin_username": "clinic", "disable_password_authentication": false}]}]}),
		tf.res("azurerm_virtual_machine", "legacy", {"os_profile": [{"computer_name": "legacy"}], "os_profile_linux_config": [{"disable_password_authentication": false}]}),
		tf.res("azurerm_virtual_machine_scale_set", "legacy", {"os_profile_linux_config": [{"disable_password_authentication": false}]}),
	])
}

test_legacy_scale_set_default_is_false if {
	check.deny == {
		{
			"resource": "azurerm_virtual_machine_scale_set.a",
			"path": ["config", "os_profile_linux_config", 0],
			"msg": "azurerm_virtual_machine_scale_set.a does not set disable_password_authentication = true in os_profile_linux_config (the default is false), so its instances accept password log-ins over SSH",
		},
		{
			"resource": "azurerm_virtual_machine_scale_set.b",
			"path": ["config", "os_profile_linux_config", 0],
			"msg": "azurerm_virtual_machine_scale_set.b does not set disable_password_authentication = true in os_profile_linux_config (the default is false), so its instances accept password log-ins over SSH",
		},
	} with input as tf.doc([
		tf.res("azurerm_virtual_machine_scale_set", "a", {"os_profile_linux_config": [{"ssh_keys": [{"path": "/home/clinic/.ssh/authorized_keys", "key_data": "ssh-rsa AAAA"}]}]}),
		tf.res("azurerm_virtual_machine_scale_set", "b", {"os_profile_linux_config": [{"disable_password_authentication": null}]}),
	])
}

test_defaults_true_keys_and_unknowns_pass if {
	count(check.deny) == 0 with input as tf.doc([
		# absent: the provider sends true (default true for the scale sets)
		tf.res("azurerm_linux_virtual_machine", "default", {"admin_username": "clinic", "admin_ssh_key": [{"username": "clinic", "public_key": "ssh-rsa AAAA"}]}),
		tf.res("azurerm_linux_virtual_machine", "null", {"admin_username": "clinic", "disable_password_authentication": null}),
		tf.res("azurerm_linux_virtual_machine_scale_set", "default", {"admin_username": "clinic"}),
		tf.res("azurerm_orchestrated_virtual_machine_scale_set", "default", {"os_profile": [{"linux_configuration": [{"admin_username": "clinic"}]}]}),
		tf.res("azurerm_orchestrated_virtual_machine_scale_set", "windows", {"os_profile": [{"windows_configuration": [{"admin_username": "clinic"}]}]}),
		tf.res("azurerm_orchestrated_virtual_machine_scale_set", "none", {"platform_fault_domain_count": 1}),
		# explicit true
		tf.res("azurerm_linux_virtual_machine", "keys", {"disable_password_authentication": true}),
		tf.res("azurerm_linux_virtual_machine_scale_set", "keys", {"disable_password_authentication": true}),
		tf.res("azurerm_orchestrated_virtual_machine_scale_set", "keys", {"os_profile": [{"linux_configuration": [{"disable_password_authentication": true}]}]}),
		tf.res("azurerm_virtual_machine", "keys", {"os_profile_linux_config": [{"disable_password_authentication": true}]}),
		tf.res("azurerm_virtual_machine_scale_set", "keys", {"os_profile_linux_config": [{"disable_password_authentication": "true"}]}),
		# unknown values
		tf.res("azurerm_linux_virtual_machine", "var", {"disable_password_authentication": tf.unknown("var.password_auth_off")}),
		tf.res("azurerm_linux_virtual_machine_scale_set", "var", {"disable_password_authentication": tf.unknown("var.password_auth_off")}),
		tf.res("azurerm_orchestrated_virtual_machine_scale_set", "var", {"os_profile": [{"linux_configuration": [{"disable_password_authentication": tf.unknown("var.password_auth_off")}]}]}),
		tf.res("azurerm_virtual_machine", "var", {"os_profile_linux_config": [{"disable_password_authentication": tf.unknown("var.password_auth_off")}]}),
		tf.res("azurerm_virtual_machine_scale_set", "var", {"os_profile_linux_config": [{"disable_password_authentication": tf.unknown("var.password_auth_off")}]}),
		# legacy resources without a Linux block (Windows, or an attached disk), or with a dynamic one
		tf.res("azurerm_virtual_machine", "windows", {"os_profile_windows_config": [{"provision_vm_agent": true}]}),
		tf.res("azurerm_virtual_machine_scale_set", "windows", {"os_profile_windows_config": [{"provision_vm_agent": true}]}),
		tf.res("azurerm_virtual_machine_scale_set", "dynamic", {"dynamic": {"os_profile_linux_config": [{"for_each": tf.unknown("var.linux"), "content": [{}]}]}}),
		# an attached OS disk: no OS profile is sent, the setting is not applied
		tf.res("azurerm_linux_virtual_machine", "attached", {"os_managed_disk_id": "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Compute/disks/os", "disable_password_authentication": false}),
		tf.res("azurerm_linux_virtual_machine", "attached_var", {"os_managed_disk_id": tf.unknown("azurerm_managed_disk.os.id"), "disable_password_authentication": false}),
	])
}

test_windows_vms_are_not_read if {
	check.deny == {{
		"resource": "azurerm_linux_virtual_machine.l",
		"path": ["config", "disable_password_authentication"],
		"msg": "azurerm_linux_virtual_machine.l sets disable_password_authentication = false, so the VM accepts password log-ins over SSH",
	}} with input as tf.doc([
		tf.res("azurerm_linux_virtual_machine", "l", {"disable_password_authentication": false}),
		tf.res("azurerm_windows_virtual_machine", "w", {"disable_password_authentication": false}),
		tf.res("azurerm_windows_virtual_machine_scale_set", "w", {"disable_password_authentication": false}),
	])
}
