package evident.checks.terraform.azure_postgresql_connection_logging_off_test

import data.evident.checks.terraform.azure_postgresql_connection_logging_off as check

res(type, name, config) := {
	"id": concat(".", [type, name]), "mode": "managed", "type": type, "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": config,
}

unknown(expr) := {"__unknown__": expr, "refs": [expr]}

test_connection_logging_turned_off_is_reported if {
	check.deny == {
		{
			"resource": "azurerm_postgresql_configuration.connections",
			"path": ["config", "value"],
			"msg": "azurerm_postgresql_configuration.connections sets log_connections = \"off\": connections to the server are not logged",
		},
		{
			"resource": "azurerm_postgresql_flexible_server_configuration.disconnections",
			"path": ["config", "value"],
			"msg": "azurerm_postgresql_flexible_server_configuration.disconnections sets log_disconnections = \"OFF\": session ends and durations are not logged",
		},
		{
			"resource": "azurerm_postgresql_flexible_server_configuration.upper_name",
			"path": ["config", "value"],
			"msg": "azurerm_postgresql_flexible_server_configuration.upper_name sets log_connections = \"false\": connections to the server are not logged",
		},
		{
			"resource": "azurerm_postgresql_configuration.boolean",
			"path": ["config", "value"],
			"msg": "azurerm_postgresql_configuration.boolean sets log_disconnections = \"false\": session ends and durations are not logged",
		},
	} with input as {"type": "terraform", "resources": [
		res("azurerm_postgresql_configuration", "connections", {"name": "log_connections", "server_name": "pg", "value": "off"}),
		res("azurerm_postgresql_flexible_server_configuration", "disconnections", {"name": "log_disconnections", "value": "OFF"}),
		res("azurerm_postgresql_flexible_server_configuration", "upper_name", {"name": "LOG_CONNECTIONS", "value": "false"}),
		res("azurerm_postgresql_configuration", "boolean", {"name": "log_disconnections", "value": false}),
	]}
}

test_logging_on_other_parameters_and_unknown_values_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		res("azurerm_postgresql_configuration", "on", {"name": "log_connections", "value": "on"}),
		res("azurerm_postgresql_flexible_server_configuration", "upper", {"name": "log_disconnections", "value": "ON"}),
		res("azurerm_postgresql_configuration", "checkpoints", {"name": "log_checkpoints", "value": "off"}),
		res("azurerm_postgresql_flexible_server_configuration", "throttling", {"name": "connection_throttle.enable", "value": "off"}),
		res("azurerm_postgresql_configuration", "variable", {"name": "log_connections", "value": unknown("var.log_connections")}),
		res("azurerm_postgresql_flexible_server_configuration", "each", {"name": unknown("each.key"), "value": "off"}),
		res("azurerm_postgresql_flexible_server_configuration", "missing", {"name": "log_connections"}),
	]}
}

test_mysql_and_absent_configuration_are_not_judged if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		res("azurerm_postgresql_server", "legacy", {"version": "11"}),
		res("azurerm_postgresql_flexible_server", "app", {"version": "16"}),
		res("azurerm_mysql_flexible_server_configuration", "general", {"name": "log_connections", "value": "off"}),
	]}
}
