package evident.checks.terraform.azure_redis_plaintext_test

import data.evident.checks.terraform.azure_redis_plaintext as check

resource(type, name, config) := {
	"id": concat(".", [type, name]), "mode": "managed", "type": type, "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": config,
}

test_non_ssl_port_in_either_spelling_is_reported if {
	check.deny == {
		{
			"resource": "azurerm_redis_cache.sessions",
			"path": ["config", "non_ssl_port_enabled"],
			"msg": "azurerm_redis_cache.sessions opens the non-TLS port 6379 (non_ssl_port_enabled = true)",
		},
		{
			"resource": "azurerm_redis_cache.legacy",
			"path": ["config", "enable_non_ssl_port"],
			"msg": "azurerm_redis_cache.legacy opens the non-TLS port 6379 (enable_non_ssl_port = true)",
		},
	} with input as {"type": "terraform", "resources": [
		resource("azurerm_redis_cache", "sessions", {"non_ssl_port_enabled": true}),
		resource("azurerm_redis_cache", "legacy", {"enable_non_ssl_port": "true"}),
	]}
}

test_plaintext_databases_are_reported if {
	check.deny == {
		{
			"resource": "azurerm_managed_redis.cache",
			"path": ["config", "default_database", 0, "client_protocol"],
			"msg": "azurerm_managed_redis.cache accepts plain-text Redis connections (client_protocol = \"Plaintext\")",
		},
		{
			"resource": "azurerm_redis_enterprise_database.db",
			"path": ["config", "client_protocol"],
			"msg": "azurerm_redis_enterprise_database.db accepts plain-text Redis connections (client_protocol = \"Plaintext\")",
		},
	} with input as {"type": "terraform", "resources": [
		resource("azurerm_managed_redis", "cache", {"default_database": [{"client_protocol": "Plaintext"}]}),
		resource("azurerm_redis_enterprise_database", "db", {"client_protocol": "Plaintext"}),
	]}
}

test_defaults_tls_and_unknowns_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		resource("azurerm_redis_cache", "a", {}),
		resource("azurerm_redis_cache", "b", {"non_ssl_port_enabled": false}),
		resource("azurerm_redis_cache", "c", {"non_ssl_port_enabled": {"__unknown__": "var.plain", "refs": ["var.plain"]}}),
		resource("azurerm_managed_redis", "d", {"default_database": [{"client_protocol": "Encrypted"}]}),
		resource("azurerm_managed_redis", "e", {"default_database": [{}]}),
		resource("azurerm_managed_redis", "f", {}),
		resource("azurerm_redis_enterprise_database", "g", {}),
		resource("azurerm_redis_enterprise_database", "h", {"client_protocol": {"__unknown__": "var.protocol", "refs": ["var.protocol"]}}),
	]}
}
