package evident.checks.terraform.azure_app_service_legacy_protocols_test

import data.evident.checks.terraform.azure_app_service_legacy_protocols as check

res(type, name, config) := {
	"id": concat(".", [type, name]), "mode": "managed", "type": type, "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": config,
}

test_legacy_tls_and_ftp_are_reported if {
	check.deny == {
		{
			"resource": "azurerm_linux_web_app.portal",
			"path": ["config", "site_config", 0, "minimum_tls_version"],
			"msg": "azurerm_linux_web_app.portal allows TLS 1.0 (minimum_tls_version below 1.2)",
		},
		{
			"resource": "azurerm_linux_web_app.portal",
			"path": ["config", "site_config", 0, "ftps_state"],
			"msg": "azurerm_linux_web_app.portal accepts plain FTP deployments (ftps_state = \"AllAllowed\")",
		},
		{
			"resource": "azurerm_app_service.legacy",
			"path": ["config", "site_config", 0, "min_tls_version"],
			"msg": "azurerm_app_service.legacy allows TLS 1.1 (min_tls_version below 1.2)",
		},
	} with input as {"type": "terraform", "resources": [
		res("azurerm_linux_web_app", "portal", {"site_config": [{"minimum_tls_version": "1.0", "ftps_state": "AllAllowed"}]}),
		res("azurerm_app_service", "legacy", {"site_config": [{"min_tls_version": "1.1"}]}),
	]}
}

test_modern_settings_and_unknown_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		res("azurerm_linux_web_app", "a", {"site_config": [{"minimum_tls_version": "1.2", "ftps_state": "FtpsOnly"}]}),
		res("azurerm_windows_web_app", "b", {"site_config": [{}]}),
		res("azurerm_windows_web_app", "c", {"site_config": [{"minimum_tls_version": {"__unknown__": "var.tls", "refs": ["var.tls"]}}]}),
	]}
}

test_version_written_as_a_number if {
	check.deny == {{
		"resource": "azurerm_linux_web_app.n",
		"path": ["config", "site_config", 0, "minimum_tls_version"],
		"msg": "azurerm_linux_web_app.n allows TLS 1.1 (minimum_tls_version below 1.2)",
	}} with input as {"type": "terraform", "resources": [
		res("azurerm_linux_web_app", "n", {"site_config": [{"minimum_tls_version": 1.1}]}),
		res("azurerm_linux_web_app", "ok", {"site_config": [{"minimum_tls_version": 1.2}]}),
	]}
}
