package evident.checks.terraform.azure_database_tls_not_enforced_test

import data.evident.checks.terraform.azure_database_tls_not_enforced as check

res(type, name, config) := {
	"id": concat(".", [type, name]), "mode": "managed", "type": type, "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": config,
}

test_each_form_is_reported if {
	check.deny == {
		{
			"resource": "azurerm_postgresql_server.a",
			"path": ["config", "ssl_enforcement_enabled"],
			"msg": "azurerm_postgresql_server.a accepts unencrypted connections (ssl_enforcement_enabled = false)",
		},
		{
			"resource": "azurerm_mysql_server.b",
			"path": ["config", "ssl_minimal_tls_version_enforced"],
			"msg": "azurerm_mysql_server.b accepts TLS below 1.2 (ssl_minimal_tls_version_enforced = \"TLS1_0\")",
		},
		{
			"resource": "azurerm_mssql_server.c",
			"path": ["config", "minimum_tls_version"],
			"msg": "azurerm_mssql_server.c accepts TLS below 1.2 (minimum_tls_version = \"Disabled\")",
		},
		{
			"resource": "azurerm_postgresql_flexible_server_configuration.d",
			"path": ["config", "value"],
			"msg": "azurerm_postgresql_flexible_server_configuration.d turns require_secure_transport off: the server accepts unencrypted connections",
		},
	} with input as {"type": "terraform", "resources": [
		res("azurerm_postgresql_server", "a", {"ssl_enforcement_enabled": false, "ssl_minimal_tls_version_enforced": "TLSEnforcementDisabled"}),
		res("azurerm_mysql_server", "b", {"ssl_enforcement_enabled": true, "ssl_minimal_tls_version_enforced": "TLS1_0"}),
		res("azurerm_mssql_server", "c", {"minimum_tls_version": "Disabled"}),
		res("azurerm_postgresql_flexible_server_configuration", "d", {"name": "require_secure_transport", "value": "OFF"}),
	]}
}

test_enforced_tls_and_unknown_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		res("azurerm_postgresql_server", "a", {"ssl_enforcement_enabled": true, "ssl_minimal_tls_version_enforced": "TLS1_2"}),
		res("azurerm_mysql_server", "b", {"ssl_enforcement_enabled": {"__unknown__": "var.ssl", "refs": ["var.ssl"]}}),
		res("azurerm_mssql_server", "c", {"minimum_tls_version": "1.2"}),
		res("azurerm_mysql_flexible_server_configuration", "d", {"name": "require_secure_transport", "value": "ON"}),
		res("azurerm_mysql_flexible_server_configuration", "e", {"name": "max_connections", "value": "0"}),
	]}
}

test_mssql_version_written_as_a_number if {
	check.deny == {{
		"resource": "azurerm_mssql_server.n",
		"path": ["config", "minimum_tls_version"],
		"msg": "azurerm_mssql_server.n accepts TLS below 1.2 (minimum_tls_version = \"1.1\")",
	}} with input as {"type": "terraform", "resources": [
		res("azurerm_mssql_server", "n", {"minimum_tls_version": 1.1}),
		res("azurerm_mssql_server", "ok", {"minimum_tls_version": 1.2}),
	]}
}
