package evident.checks.terraform.azure_disk_no_cmk_test

import data.evident.checks.terraform.azure_disk_no_cmk as check

res(type, name, config) := {
	"id": concat(".", [type, name]), "mode": "managed", "type": type, "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": config,
}

unknown(expr) := {"__unknown__": expr, "refs": [expr]}

test_platform_keys_are_reported if {
	check.deny == {
		{"resource": "azurerm_managed_disk.data", "msg": "azurerm_managed_disk.data is encrypted only with platform-managed keys (no disk_encryption_set_id)"},
		{
			"resource": "azurerm_linux_virtual_machine.app",
			"path": ["config", "os_disk", 0],
			"msg": "azurerm_linux_virtual_machine.app os_disk is encrypted only with platform-managed keys (no disk_encryption_set_id, no encryption at host)",
		},
	} with input as {"type": "terraform", "resources": [
		res("azurerm_managed_disk", "data", {"storage_account_type": "Premium_LRS"}),
		res("azurerm_linux_virtual_machine", "app", {"os_disk": [{"caching": "ReadWrite"}]}),
	]}
}

test_customer_keys_and_unknown_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		res("azurerm_managed_disk", "a", {"disk_encryption_set_id": unknown("azurerm_disk_encryption_set.main.id")}),
		res("azurerm_managed_disk", "b", {"encryption_settings": [{"disk_encryption_key": [{}]}]}),
		res("azurerm_linux_virtual_machine", "c", {"encryption_at_host_enabled": true, "os_disk": [{}]}),
		res("azurerm_windows_virtual_machine", "d", {"os_disk": [{"disk_encryption_set_id": unknown("var.des")}]}),
		res("azurerm_windows_virtual_machine", "e", {"encryption_at_host_enabled": unknown("var.host"), "os_disk": [{}]}),
	]}
}

test_disk_encryption_disabled_is_reported if {
	check.deny == {{"resource": "azurerm_managed_disk.data", "msg": "azurerm_managed_disk.data is encrypted only with platform-managed keys (no disk_encryption_set_id)"}} with input as {"type": "terraform", "resources": [
		res("azurerm_managed_disk", "data", {"encryption_settings": [{"enabled": false}]}),
	]}
}

test_disk_encryption_enabled_or_unknown_passes if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		res("azurerm_managed_disk", "a", {"encryption_settings": [{"enabled": true, "disk_encryption_key": [{}]}]}),
		res("azurerm_managed_disk", "b", {"encryption_settings": [{"enabled": unknown("var.ade")}]}),
		res("azurerm_managed_disk", "c", {"encryption_settings": [{"enabled": false}], "disk_encryption_set_id": unknown("var.des")}),
		res("azurerm_managed_disk", "d", {"dynamic": {"encryption_settings": [{"for_each": unknown("var.ade")}]}}),
	]}
}

ade(name, vm, publisher, type) := res("azurerm_virtual_machine_extension", name, {
	"virtual_machine_id": unknown(concat("", [vm, ".id"])),
	"publisher": publisher,
	"type": type,
})

test_azure_disk_encryption_extension_exempts_its_vm_only if {
	check.deny == {{
		"resource": "azurerm_windows_virtual_machine.other",
		"path": ["config", "os_disk", 0],
		"msg": "azurerm_windows_virtual_machine.other os_disk is encrypted only with platform-managed keys (no disk_encryption_set_id, no encryption at host)",
	}} with input as {"type": "terraform", "resources": [
		res("azurerm_linux_virtual_machine", "app", {"os_disk": [{}]}),
		res("azurerm_windows_virtual_machine", "win", {"os_disk": [{}]}),
		res("azurerm_windows_virtual_machine", "other", {"os_disk": [{}]}),
		ade("linux", "azurerm_linux_virtual_machine.app", "Microsoft.Azure.Security", "AzureDiskEncryptionForLinux"),
		ade("windows", "azurerm_windows_virtual_machine.win", "Microsoft.Azure.Security", "AzureDiskEncryption"),
		# another extension on the other VM does not encrypt it
		ade("monitor", "azurerm_windows_virtual_machine.other", "Microsoft.Azure.Monitor", "AzureMonitorWindowsAgent"),
	]}
}

test_extension_on_a_computed_vm_gives_the_benefit_of_the_doubt if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		res("azurerm_linux_virtual_machine", "app", {"os_disk": [{}]}),
		res("azurerm_virtual_machine_extension", "ade", {
			"virtual_machine_id": unknown("each.value"),
			"publisher": "Microsoft.Azure.Security",
			"type": "AzureDiskEncryptionForLinux",
		}),
	]}
}
