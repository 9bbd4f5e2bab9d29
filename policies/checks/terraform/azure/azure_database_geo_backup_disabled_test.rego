package evident.checks.terraform.azure_database_geo_backup_disabled_test

import data.evident.checks.terraform.azure_database_geo_backup_disabled as check
import data.evident.lib.tf_fixtures_test as tf

test_absent_and_false_are_reported if {
	check.deny == {
		{"resource": "azurerm_postgresql_flexible_server.a", "msg": "azurerm_postgresql_flexible_server.a does not set geo_redundant_backup_enabled = true: backups stay in one region"},
		{
			"resource": "azurerm_mysql_server.b",
			"path": ["config", "geo_redundant_backup_enabled"],
			"msg": "azurerm_mysql_server.b sets geo_redundant_backup_enabled = false: backups stay in one region",
		},
	} with input as tf.doc([
		tf.res("azurerm_postgresql_flexible_server", "a", {}),
		tf.res("azurerm_mysql_server", "b", {"geo_redundant_backup_enabled": false}),
	])
}

test_geo_redundant_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("azurerm_postgresql_flexible_server", "a", {"geo_redundant_backup_enabled": true}),
		tf.res("azurerm_mysql_flexible_server", "b", {"geo_redundant_backup_enabled": tf.unknown("var.geo")}),
		tf.res("azurerm_mssql_server", "c", {}),
	])
}

test_replicas_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("azurerm_postgresql_flexible_server", "a", {"create_mode": "Replica", "source_server_id": "x"}),
		tf.res("azurerm_mysql_server", "b", {"create_mode": "replica"}),
		tf.res("azurerm_mysql_flexible_server", "c", {"create_mode": tf.unknown("var.mode")}),
	])
}

test_other_create_modes_are_reported if {
	check.deny == {
		{"resource": "azurerm_postgresql_flexible_server.a", "msg": "azurerm_postgresql_flexible_server.a does not set geo_redundant_backup_enabled = true: backups stay in one region"},
		{"resource": "azurerm_mysql_server.b", "msg": "azurerm_mysql_server.b does not set geo_redundant_backup_enabled = true: backups stay in one region"},
	} with input as tf.doc([
		tf.res("azurerm_postgresql_flexible_server", "a", {"create_mode": "PointInTimeRestore"}),
		tf.res("azurerm_mysql_server", "b", {"create_mode": "Default"}),
	])
}
