package evident.checks.terraform.azure_app_service_remote_debugging_test

import data.evident.checks.terraform.azure_app_service_remote_debugging as check

app(type, name, config) := {
	"id": concat(".", [type, name]), "mode": "managed", "type": type, "name": name,
	"file": "apps.tf", "startLine": 1, "endLine": 9, "config": config,
}

test_remote_debugging_is_reported if {
	check.deny == {
		{"resource": "azurerm_linux_web_app.portal", "path": ["config", "site_config", 0, "remote_debugging_enabled"], "msg": "azurerm_linux_web_app.portal has remote debugging turned on (remote_debugging_enabled = true)"},
		{"resource": "azurerm_windows_function_app_slot.staging", "path": ["config", "site_config", 0, "remote_debugging_enabled"], "msg": "azurerm_windows_function_app_slot.staging has remote debugging turned on (remote_debugging_enabled = true)"},
		{"resource": "azurerm_app_service.legacy", "path": ["config", "site_config", 0, "remote_debugging_enabled"], "msg": "azurerm_app_service.legacy has remote debugging turned on (remote_debugging_enabled = true)"},
	} with input as {"type": "terraform", "resources": [
		app("azurerm_linux_web_app", "portal", {"site_config": [{"remote_debugging_enabled": true, "remote_debugging_version": "VS2022"}]}),
		app("azurerm_windows_function_app_slot", "staging", {"site_config": [{"remote_debugging_enabled": "true"}]}),
		app("azurerm_app_service", "legacy", {"site_config": [{"remote_debugging_enabled": true}]}),
	]}
}

test_apps_without_remote_debugging_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		app("azurerm_linux_web_app", "default", {"site_config": [{}]}),
		app("azurerm_linux_web_app", "off", {"site_config": [{"remote_debugging_enabled": false}]}),
		app("azurerm_linux_web_app", "variable", {"site_config": [{"remote_debugging_enabled": {"__unknown__": "var.debug", "refs": ["var.debug"]}}]}),
		app("azurerm_linux_function_app", "no_site", {}),
	]}
}
