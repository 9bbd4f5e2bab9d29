package evident.checks.terraform.azure_app_service_https_only_test

import data.evident.checks.terraform.azure_app_service_https_only as check

res(type, name, config) := {
	"id": concat(".", [type, name]), "mode": "managed", "type": type, "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": config,
}

test_absent_and_false_are_reported if {
	check.deny == {
		{"resource": "azurerm_linux_web_app.portal", "msg": "azurerm_linux_web_app.portal does not set https_only = true: the app also serves plain HTTP"},
		{
			"resource": "azurerm_windows_function_app.jobs",
			"path": ["config", "https_only"],
			"msg": "azurerm_windows_function_app.jobs sets https_only = false: the app also serves plain HTTP",
		},
	} with input as {"type": "terraform", "resources": [
		res("azurerm_linux_web_app", "portal", {}),
		res("azurerm_windows_function_app", "jobs", {"https_only": false}),
	]}
}

test_https_only_and_unknown_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		res("azurerm_linux_web_app", "a", {"https_only": true}),
		res("azurerm_app_service", "b", {"https_only": {"__unknown__": "var.https", "refs": ["var.https"]}}),
		res("azurerm_service_plan", "plan", {}),
	]}
}

test_container_apps_that_allow_insecure_connections_are_reported if {
	check.deny == {{
		"resource": "azurerm_container_app.intake",
		"path": ["config", "ingress", 0, "allow_insecure_connections"],
		"msg": "azurerm_container_app.intake sets allow_insecure_connections = true: its ingress also serves plain HTTP",
	}} with input as {"type": "terraform", "resources": [
		res("azurerm_container_app", "intake", {"ingress": [{"external_enabled": true, "target_port": 8080, "allow_insecure_connections": true}]}),
		res("azurerm_container_app", "records", {"ingress": [{"external_enabled": true, "target_port": 8080}]}),
		res("azurerm_container_app", "jobs", {"ingress": [{"allow_insecure_connections": false}]}),
		res("azurerm_container_app", "worker", {}),
	]}
}
