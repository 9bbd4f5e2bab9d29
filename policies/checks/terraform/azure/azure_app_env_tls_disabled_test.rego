package evident.checks.terraform.azure_app_env_tls_disabled_test

import data.evident.checks.terraform.azure_app_env_tls_disabled as check
import data.evident.lib.tf_fixtures_test as tf

test_app_settings_and_container_environments_are_reported if {
	check.deny == {
		{"resource": "azurerm_linux_web_app.portal", "path": ["config", "app_settings", "NODE_TLS_REJECT_UNAUTHORIZED"], "msg": "azurerm_linux_web_app.portal sets NODE_TLS_REJECT_UNAUTHORIZED=0 in its environment, which disables TLS certificate verification"},
		{"resource": "azurerm_container_app.reports", "path": ["config", "template", 0, "container", 0, "env", 1, "value"], "msg": "azurerm_container_app.reports connects to records.postgres.database.azure.com with sslmode=disable (no TLS) through DATABASE_URL in its environment"},
		{"resource": "azurerm_container_group.export", "path": ["config", "container", 0, "environment_variables", "PGSSLMODE"], "msg": "azurerm_container_group.export sets PGSSLMODE=disable in its environment, which turns TLS off for database connections"},
	} with input as tf.doc([
		tf.res("azurerm_linux_web_app", "portal", {"app_settings": {"NODE_TLS_REJECT_UNAUTHORIZED": "0", "WEBSITE_RUN_FROM_PACKAGE": "1"}}),
		tf.res("azurerm_container_app", "reports", {"template": [{"container": [{"name": "reports", "env": [
			{"name": "LOG_LEVEL", "value": "info"},
			{"name": "DATABASE_URL", "value": "postgres://reports@records.postgres.database.azure.com:5432/records?sslmode=disable"},
		]}]}]}),
		tf.res("azurerm_container_group", "export", {"container": [{"name": "export", "environment_variables": {"PGSSLMODE": "disable"}}]}),
	])
}

test_verified_private_and_unknown_settings_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("azurerm_linux_function_app", "intake", {"app_settings": {
			"PGSSLMODE": "verify-full",
			"DATABASE_URL": "postgres://intake@10.1.2.4:5432/records?sslmode=disable",
			"NODE_TLS_REJECT_UNAUTHORIZED": {"__unknown__": "var.tls_reject", "refs": ["var.tls_reject"]},
		}}),
		tf.res("azurerm_windows_web_app", "from_variable", {"app_settings": {"__unknown__": "var.settings", "refs": ["var.settings"]}}),
	])
}
