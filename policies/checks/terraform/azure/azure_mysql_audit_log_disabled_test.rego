package evident.checks.terraform.azure_mysql_audit_log_disabled_test

import data.evident.checks.terraform.azure_mysql_audit_log_disabled as check

res(type, name, config) := {
	"id": concat(".", [type, name]), "mode": "managed", "type": type, "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": config,
}

server(name) := res("azurerm_mysql_flexible_server", name, {"name": concat("-", ["mysql", name])})

parameter(name, config) := res("azurerm_mysql_flexible_server_configuration", name, config)

ref(id, attr) := {"__unknown__": concat(".", [id, attr]), "refs": [id]}

test_server_without_audit_log_is_reported if {
	check.deny == {{
		"resource": "azurerm_mysql_flexible_server.records",
		"msg": "azurerm_mysql_flexible_server.records sets no audit_log_enabled = ON server parameter: MySQL's audit log is off by default, so the server records no connection and no statement",
	}} with input as {"type": "terraform", "resources": [
		server("records"),
		parameter("tls", {"name": "require_secure_transport", "server_name": ref("azurerm_mysql_flexible_server.records", "name"), "value": "ON"}),
	]}
}

test_audit_log_off_is_reported_at_the_parameter if {
	check.deny == {{
		"resource": "azurerm_mysql_flexible_server_configuration.audit",
		"path": ["config", "value"],
		"msg": "azurerm_mysql_flexible_server_configuration.audit sets audit_log_enabled = \"OFF\": the MySQL server records no connection and no statement",
	}} with input as {"type": "terraform", "resources": [
		server("records"),
		parameter("audit", {"name": "audit_log_enabled", "server_name": ref("azurerm_mysql_flexible_server.records", "name"), "value": "OFF"}),
	]}
}

test_single_server_by_literal_name if {
	check.deny == {{
		"resource": "azurerm_mysql_server.legacy",
		"msg": "azurerm_mysql_server.legacy sets no audit_log_enabled = ON server parameter: MySQL's audit log is off by default, so the server records no connection and no statement",
	}} with input as {"type": "terraform", "resources": [
		res("azurerm_mysql_server", "legacy", {"name": "mysql-legacy"}),
		res("azurerm_mysql_server", "billing", {"name": "mysql-billing"}),
		res("azurerm_mysql_configuration", "audit", {"name": "audit_log_enabled", "server_name": "mysql-billing", "value": "ON"}),
		# a flexible server's parameter does not configure a single server
		parameter("audit", {"name": "audit_log_enabled", "server_name": "mysql-legacy", "value": "ON"}),
	]}
}

test_audit_log_on_or_not_known_passes if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		server("a"),
		parameter("a", {"name": "AUDIT_LOG_ENABLED", "server_name": ref("azurerm_mysql_flexible_server.a", "name"), "value": "ON"}),
		server("b"),
		parameter("b", {"name": "audit_log_enabled", "server_name": "mysql-b", "value": ref("var.audit", "x")}),
		server("c"),
		parameter("c", {"name": ref("each.key", "x"), "server_name": ref("azurerm_mysql_flexible_server.c", "name"), "value": ref("each.value", "x")}),
		server("d"),
		parameter("d", {"name": "audit_log_enabled", "server_name": ref("var.server_name", "x"), "value": "ON"}),
	]}
}

test_unknown_server_name_belongs_to_the_server_it_names if {
	check.deny == {{
		"resource": "azurerm_mysql_flexible_server.b",
		"msg": "azurerm_mysql_flexible_server.b sets no audit_log_enabled = ON server parameter: MySQL's audit log is off by default, so the server records no connection and no statement",
	}} with input as {"type": "terraform", "resources": [
		server("a"),
		server("b"),
		parameter("a", {"name": "audit_log_enabled", "server_name": ref("azurerm_mysql_flexible_server.a", "name"), "value": "ON"}),
	]}
}

test_server_passed_to_an_unseen_module_is_not_judged if {
	count(check.deny) == 0 with input as {
		"type": "terraform",
		"resources": [server("records")],
		"modules": [{"id": "module.parameters", "config": {"server": ref("azurerm_mysql_flexible_server.records", "name")}}],
	}
}
