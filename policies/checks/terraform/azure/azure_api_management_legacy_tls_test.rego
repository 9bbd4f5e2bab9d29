package evident.checks.terraform.azure_api_management_legacy_tls_test

import data.evident.checks.terraform.azure_api_management_legacy_tls as check

gateway(name, config) := {
	"id": concat(".", ["azurerm_api_management", name]), "mode": "managed", "type": "azurerm_api_management", "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": config,
}

test_each_weakening_setting_is_reported if {
	check.deny == {
		{
			"resource": "azurerm_api_management.partners",
			"path": ["config", "security", 0, "frontend_tls10_enabled"],
			"msg": "azurerm_api_management.partners accepts TLS 1.0 from clients (frontend_tls10_enabled = true)",
		},
		{
			"resource": "azurerm_api_management.partners",
			"path": ["config", "security", 0, "backend_tls11_enabled"],
			"msg": "azurerm_api_management.partners may use TLS 1.1 to reach its backends (backend_tls11_enabled = true)",
		},
		{
			"resource": "azurerm_api_management.legacy",
			"path": ["config", "security", 0, "enable_frontend_ssl30"],
			"msg": "azurerm_api_management.legacy accepts SSL 3.0 from clients (enable_frontend_ssl30 = true)",
		},
		{
			"resource": "azurerm_api_management.legacy",
			"path": ["config", "security", 0, "enable_triple_des_ciphers"],
			"msg": "azurerm_api_management.legacy offers the 3DES cipher (enable_triple_des_ciphers = true)",
		},
	} with input as {"type": "terraform", "resources": [
		gateway("partners", {"security": [{"frontend_tls10_enabled": true, "frontend_tls11_enabled": false, "backend_tls11_enabled": "true"}]}),
		gateway("legacy", {"security": [{"enable_frontend_ssl30": true, "enable_triple_des_ciphers": true}]}),
	]}
}

test_defaults_off_settings_and_unknowns_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		gateway("a", {}),
		gateway("b", {"security": [{}]}),
		gateway("c", {"security": [{"frontend_tls10_enabled": false, "backend_ssl30_enabled": false, "triple_des_ciphers_enabled": false}]}),
		gateway("d", {"security": [{"frontend_tls11_enabled": {"__unknown__": "var.tls11", "refs": ["var.tls11"]}}]}),
		gateway("e", {"security": [{"tls_rsa_with_aes128_gcm_sha256_ciphers_enabled": true}]}),
	]}
}
