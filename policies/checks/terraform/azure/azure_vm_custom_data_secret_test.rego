package evident.checks.terraform.azure_vm_custom_data_secret_test

import data.evident.checks.terraform.azure_vm_custom_data_secret as check
import data.evident.lib.tf_fixtures_test as tf

finding(id, path, msg) := {"resource": id, "path": path, "msg": msg, "secret": true}

test_custom_data_of_vms_scale_sets_and_legacy_vms if {
	check.deny == {
		finding("azurerm_linux_virtual_machine.app", ["config", "custom_data"], "azurerm_linux_virtual_machine.app writes DB_PASSWORD (a secret by its name) into its custom_data"),
		finding("azurerm_windows_virtual_machine_scale_set.web", ["config", "user_data"], "azurerm_windows_virtual_machine_scale_set.web writes API_TOKEN (a secret by its name) into its user_data"),
		finding("azurerm_linux_virtual_machine_scale_set.batch", ["config", "custom_data"], "azurerm_linux_virtual_machine_scale_set.batch writes a connection string with an embedded password into its custom_data"),
		finding("azurerm_virtual_machine.legacy", ["config", "os_profile", 0, "custom_data"], "azurerm_virtual_machine.legacy writes DATABASE_PASSWORD (a secret by its name) into its os_profile custom_data"),
	} with input as tf.doc([
		# custom_data is base64: a literal is decoded
		tf.res("azurerm_linux_virtual_machine", "app", {"custom_data": base64.encode("#!/bin/bash\nexport DB_PASSWORD=Clinic-Records-2024\n")}),
		tf.res("azurerm_windows_virtual_machine_scale_set", "web", {"user_data": base64.encode("setx API_TOKEN tok-unused\nAPI_TOKEN=tok-9f2c81ab\n")}),
		tf.res("azurerm_linux_virtual_machine_scale_set", "batch", {"custom_data": {
			"__unknown__": "base64encode(<<-EOT\n  git clone https://deploy:ghp_0123456789abcdef@dev.azure.com/clinic/batch /opt/batch\n  echo ${var.env} > /etc/env\nEOT\n)",
			"refs": ["var.env"],
		}}),
		# the legacy resource takes plain text
		tf.res("azurerm_virtual_machine", "legacy", {"os_profile": [{"computer_name": "legacy", "custom_data": "export DATABASE_PASSWORD=\\\"SomeSortOfPassword\\\"\n"}]}),
	])
}

test_unknown_boot_time_and_placeholder_values_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("azurerm_linux_virtual_machine", "file", {"custom_data": tf.unknown("filebase64(\"cloud-init.yaml\")")}),
		tf.res("azurerm_linux_virtual_machine", "ci", {"custom_data": tf.unknown("data.cloudinit_config.app.rendered")}),
		tf.res("azurerm_linux_virtual_machine", "tpl", {"custom_data": {"__unknown__": "base64encode(templatefile(\"init.sh\", {\n  db_password = var.db_password\n}))", "refs": ["var.db_password"]}}),
		tf.res("azurerm_linux_virtual_machine", "boot", {"custom_data": base64.encode(concat("\n", [
			"#!/bin/bash",
			"az login --identity",
			"export DB_PASSWORD=$(az keyvault secret show --vault-name clinic --name db --query value -o tsv)",
			"export API_KEY=<your key>",
			"export GREETING=hello",
		]))}),
		tf.res("azurerm_windows_virtual_machine", "ps", {"custom_data": base64.encode("$password = ConvertTo-SecureString $env:ADMIN_SECRET -AsPlainText -Force\n")}),
		tf.res("azurerm_virtual_machine", "legacy", {"os_profile": [{"computer_name": "legacy", "admin_password": "Not-Judged-Here-1", "custom_data": "export GREETING=\"Hello there\"\n"}]}),
		tf.res("azurerm_linux_virtual_machine", "none", {"admin_username": "clinic"}),
	])
}

test_plan_files_and_committed_variables_are_not_judged if {
	count(check.deny) == 0 with input as object.union(tf.doc([tf.res("azurerm_linux_virtual_machine", "app", {"custom_data": "export DB_PASSWORD=Clinic-Records-2024\n"})]), {"format": "plan"})
	count(check.deny) == 0 with input as object.union(
		tf.doc([tf.res("azurerm_linux_virtual_machine", "app", {"custom_data": "export DB_PASSWORD=Clinic-Records-2024\n"})]),
		{"variables": [{"id": "var.db_password", "name": "db_password", "default": "Clinic-Records-2024", "value": "Clinic-Records-2024"}]},
	)
}
