package evident.checks.terraform.azure_postgresql_connection_logging_off_test

import data.evident.checks.terraform.azure_postgresql_connection_logging_off as check
import data.evident.lib.tf_fixtures_test as tf

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
	} with input as tf.doc([
		tf.res("azurerm_postgresql_configuration", "connections", {"name": "log_connections", "server_name": "pg", "value": "off"}),
		tf.res("azurerm_postgresql_flexible_server_configuration", "disconnections", {"name": "log_disconnections", "value": "OFF"}),
		tf.res("azurerm_postgresql_flexible_server_configuration", "upper_name", {"name": "LOG_CONNECTIONS", "value": "false"}),
		tf.res("azurerm_postgresql_configuration", "boolean", {"name": "log_disconnections", "value": false}),
	])
}

test_logging_on_other_parameters_and_unknown_values_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("azurerm_postgresql_configuration", "on", {"name": "log_connections", "value": "on"}),
		tf.res("azurerm_postgresql_flexible_server_configuration", "upper", {"name": "log_disconnections", "value": "ON"}),
		tf.res("azurerm_postgresql_configuration", "checkpoints", {"name": "log_checkpoints", "value": "off"}),
		tf.res("azurerm_postgresql_flexible_server_configuration", "throttling", {"name": "connection_throttle.enable", "value": "off"}),
		tf.res("azurerm_postgresql_configuration", "variable", {"name": "log_connections", "value": tf.unknown("var.log_connections")}),
		tf.res("azurerm_postgresql_flexible_server_configuration", "each", {"name": tf.unknown("each.key"), "value": "off"}),
		tf.res("azurerm_postgresql_flexible_server_configuration", "missing", {"name": "log_connections"}),
	])
}

# Only the PostgreSQL parameter next to them is reported.
test_mysql_and_absent_configuration_are_not_judged if {
	check.deny == {{
		"resource": "azurerm_postgresql_configuration.connections",
		"path": ["config", "value"],
		"msg": "azurerm_postgresql_configuration.connections sets log_connections = \"off\": connections to the server are not logged",
	}} with input as tf.doc([
		tf.res("azurerm_postgresql_configuration", "connections", {"name": "log_connections", "value": "off"}),
		tf.res("azurerm_postgresql_server", "legacy", {"version": "11"}),
		tf.res("azurerm_postgresql_flexible_server", "app", {"version": "16"}),
		tf.res("azurerm_mysql_flexible_server_configuration", "general", {"name": "log_connections", "value": "off"}),
	])
}
