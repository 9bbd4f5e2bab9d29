package evident.checks.terraform.azure_admin_password_literal_test

import data.evident.checks.terraform.azure_admin_password_literal as check
import data.evident.lib.tf_fixtures_test as tf

finding(resource, path, attr) := {"resource": resource, "path": path, "secret": true, "msg": concat("", [resource, " sets ", attr, " to a literal value"])}

test_virtual_machines if {
	check.deny == {
		finding("azurerm_linux_virtual_machine.a", ["config", "admin_password"], "admin_password"),
		finding("azurerm_windows_virtual_machine.b", ["config", "admin_password"], "admin_password"),
		finding("azurerm_linux_virtual_machine_scale_set.c", ["config", "admin_password"], "admin_password"),
		finding("azurerm_windows_virtual_machine_scale_set.d", ["config", "admin_password"], "admin_password"),
	} with input as tf.doc([
		tf.res("azurerm_linux_virtual_machine", "a", {"admin_username": "azureuser", "admin_password": "Linux-Adm1n!", "disable_password_authentication": false}),
		tf.res("azurerm_windows_virtual_machine", "b", {"admin_username": "azureuser", "admin_password": "Windows-Adm1n!"}),
		tf.res("azurerm_linux_virtual_machine_scale_set", "c", {"admin_password": "Scale-Adm1n!"}),
		tf.res("azurerm_windows_virtual_machine_scale_set", "d", {"admin_password": "Scale-Adm1n!"}),
		tf.res("azurerm_linux_virtual_machine", "keys_only", {"admin_username": "azureuser", "admin_ssh_key": [{"username": "azureuser", "public_key": "ssh-ed25519 AAAA"}]}),
	])
}

test_databases if {
	check.deny == {
		finding("azurerm_mssql_server.a", ["config", "administrator_login_password"], "administrator_login_password"),
		finding("azurerm_sql_server.b", ["config", "administrator_login_password"], "administrator_login_password"),
		finding("azurerm_mssql_managed_instance.c", ["config", "administrator_login_password"], "administrator_login_password"),
		finding("azurerm_sql_managed_instance.c2", ["config", "administrator_login_password"], "administrator_login_password"),
		finding("azurerm_postgresql_server.d", ["config", "administrator_login_password"], "administrator_login_password"),
		finding("azurerm_postgresql_flexible_server.e", ["config", "administrator_password"], "administrator_password"),
		finding("azurerm_mysql_server.f", ["config", "administrator_login_password"], "administrator_login_password"),
		finding("azurerm_mysql_flexible_server.g", ["config", "administrator_password"], "administrator_password"),
		finding("azurerm_mariadb_server.h", ["config", "administrator_login_password"], "administrator_login_password"),
		finding("azurerm_cosmosdb_postgresql_cluster.i", ["config", "administrator_login_password"], "administrator_login_password"),
		finding("azurerm_synapse_workspace.j", ["config", "sql_administrator_login_password"], "sql_administrator_login_password"),
	} with input as tf.doc([
		tf.res("azurerm_mssql_server", "a", {"administrator_login": "sqladmin", "administrator_login_password": "Sql-Adm1n!"}),
		tf.res("azurerm_sql_server", "b", {"administrator_login_password": "Sql-Adm1n!"}),
		tf.res("azurerm_mssql_managed_instance", "c", {"administrator_login_password": "Mi-Adm1n-Pass!"}),
		tf.res("azurerm_sql_managed_instance", "c2", {"administrator_login_password": "Mi-Adm1n-Pass!"}),
		tf.res("azurerm_postgresql_server", "d", {"administrator_login_password": "Pg-Adm1n!"}),
		tf.res("azurerm_postgresql_flexible_server", "e", {"administrator_password": "Pg-Adm1n!"}),
		tf.res("azurerm_mysql_server", "f", {"administrator_login_password": "My-Adm1n!"}),
		tf.res("azurerm_mysql_flexible_server", "g", {"administrator_password": "My-Adm1n!"}),
		tf.res("azurerm_mariadb_server", "h", {"administrator_login_password": "Maria-Adm1n!"}),
		tf.res("azurerm_cosmosdb_postgresql_cluster", "i", {"administrator_login_password": "Citus-Adm1n!"}),
		tf.res("azurerm_synapse_workspace", "j", {"sql_administrator_login": "sqladmin", "sql_administrator_login_password": "Syn-Adm1n!"}),
	])
}

test_write_only_arguments if {
	check.deny == {
		finding("azurerm_mssql_server.a", ["config", "administrator_login_password_wo"], "administrator_login_password_wo"),
		finding("azurerm_postgresql_server.b", ["config", "administrator_login_password_wo"], "administrator_login_password_wo"),
		finding("azurerm_postgresql_flexible_server.c", ["config", "administrator_password_wo"], "administrator_password_wo"),
		finding("azurerm_mysql_flexible_server.d", ["config", "administrator_password_wo"], "administrator_password_wo"),
	} with input as tf.doc([
		tf.res("azurerm_mssql_server", "a", {"administrator_login_password_wo": "Sql-Adm1n!", "administrator_login_password_wo_version": 1}),
		tf.res("azurerm_postgresql_server", "b", {"administrator_login_password_wo": "Pg-Adm1n!"}),
		tf.res("azurerm_postgresql_flexible_server", "c", {"administrator_password_wo": "Pg-Adm1n!", "administrator_password_wo_version": 1}),
		tf.res("azurerm_mysql_flexible_server", "d", {"administrator_password_wo": "My-Adm1n!"}),
	])
}

test_profile_blocks if {
	check.deny == {
		{"resource": "azurerm_virtual_machine.legacy", "path": ["config", "os_profile", 0, "admin_password"], "secret": true, "msg": "azurerm_virtual_machine.legacy sets admin_password in os_profile to a literal value"},
		{"resource": "azurerm_virtual_machine_scale_set.legacy", "path": ["config", "os_profile", 0, "admin_password"], "secret": true, "msg": "azurerm_virtual_machine_scale_set.legacy sets admin_password in os_profile to a literal value"},
		{"resource": "azurerm_kubernetes_cluster.aks", "path": ["config", "windows_profile", 0, "admin_password"], "secret": true, "msg": "azurerm_kubernetes_cluster.aks sets admin_password in windows_profile to a literal value"},
		{"resource": "azurerm_orchestrated_virtual_machine_scale_set.flex", "path": ["config", "os_profile", 0, "linux_configuration", 0, "admin_password"], "secret": true, "msg": "azurerm_orchestrated_virtual_machine_scale_set.flex sets admin_password in os_profile linux_configuration to a literal value"},
		{"resource": "azurerm_orchestrated_virtual_machine_scale_set.win", "path": ["config", "os_profile", 0, "windows_configuration", 0, "admin_password"], "secret": true, "msg": "azurerm_orchestrated_virtual_machine_scale_set.win sets admin_password in os_profile windows_configuration to a literal value"},
	} with input as tf.doc([
		tf.res("azurerm_virtual_machine", "legacy", {"os_profile": [{"computer_name": "vm", "admin_username": "azureuser", "admin_password": "Legacy-Adm1n!"}]}),
		tf.res("azurerm_virtual_machine", "unknown", {"os_profile": [{"admin_username": "azureuser", "admin_password": tf.unknown("var.vm_password")}]}),
		tf.res("azurerm_virtual_machine_scale_set", "legacy", {"os_profile": [{"computer_name_prefix": "vm", "admin_username": "azureuser", "admin_password": "Legacy-Adm1n!"}]}),
		tf.res("azurerm_kubernetes_cluster", "aks", {"windows_profile": [{"admin_username": "azureuser", "admin_password": "Aks-Windows-Adm1n!"}]}),
		tf.res("azurerm_kubernetes_cluster", "linux_only", {"default_node_pool": [{"name": "default"}]}),
		tf.res("azurerm_orchestrated_virtual_machine_scale_set", "flex", {"os_profile": [{"linux_configuration": [{"admin_username": "azureuser", "admin_password": "Flex-Adm1n!"}]}]}),
		tf.res("azurerm_orchestrated_virtual_machine_scale_set", "win", {"os_profile": [{"windows_configuration": [{"admin_username": "azureuser", "admin_password": "Flex-Adm1n!"}]}]}),
	])
}

# A dynamic os_profile block is not read.
test_dynamic_block_not_read if {
	count(check.deny) == 0 with input as tf.doc([tf.res("azurerm_virtual_machine", "vm", {"dynamic": {"os_profile": [{"content": [{"admin_password": "Legacy-Adm1n!"}]}]}})])
}

test_plan_values_are_not_code if {
	count(check.deny) == 0 with input as object.union(tf.doc([tf.res("azurerm_mssql_server", "a", {"administrator_login_password": "Sql-Adm1n!"})]), {"format": "plan"})
}

test_unknown_generated_and_variable_values_pass if {
	count(check.deny) == 0 with input as object.union(
		tf.doc([
			tf.res("azurerm_linux_virtual_machine", "a", {"admin_password": tf.unknown("random_password.vm.result")}),
			tf.res("azurerm_mssql_server", "b", {"administrator_login_password": tf.unknown("data.azurerm_key_vault_secret.sql.value")}),
			tf.res("azurerm_mssql_server", "entra_only", {"azuread_administrator": [{"login_username": "dba", "object_id": "00000000-0000-0000-0000-000000000000", "azuread_authentication_only": true}]}),
			tf.res("azurerm_postgresql_flexible_server", "c", {"administrator_password": "from-var"}),
			tf.res("azurerm_mysql_flexible_server", "d", {"administrator_password": ""}),
			tf.res("azurerm_synapse_workspace", "e", {"sql_administrator_login_password": "${var.synapse_password}"}),
		]),
		{"variables": [{"id": "var.db_admin_password", "name": "db_admin_password", "file": "v.tf", "startLine": 1, "endLine": 1, "default": "from-var", "value": "from-var"}], "tfvars": []},
	)
}

test_hdinsight_gateway_and_node_passwords if {
	check.deny == {
		{"resource": "azurerm_hdinsight_spark_cluster.s", "path": ["config", "gateway", 0, "password"], "secret": true, "msg": "azurerm_hdinsight_spark_cluster.s sets the gateway password to a literal value"},
		{"resource": "azurerm_hdinsight_spark_cluster.s", "path": ["config", "roles", 0, "head_node", 0, "password"], "secret": true, "msg": "azurerm_hdinsight_spark_cluster.s sets the password of its head_node to a literal value"},
		{"resource": "azurerm_hdinsight_kafka_cluster.k", "path": ["config", "roles", 0, "zookeeper_node", 0, "password"], "secret": true, "msg": "azurerm_hdinsight_kafka_cluster.k sets the password of its zookeeper_node to a literal value"},
	} with input as tf.doc([
		tf.res("azurerm_hdinsight_spark_cluster", "s", {
			"gateway": [{"username": "acctestusrgw", "password": "TerrAform123!"}],
			"roles": [{
				"head_node": [{"vm_size": "Standard_A4_V2", "username": "acctestusrvm", "password": "AccTestvdSC4daf986!"}],
				"worker_node": [{"vm_size": "Standard_A4_V2", "username": "acctestusrvm", "ssh_keys": ["ssh-rsa AAAA"]}],
			}],
		}),
		tf.res("azurerm_hdinsight_kafka_cluster", "k", {
			"gateway": [{"username": "gw", "password": tf.unknown("random_password.gw.result")}],
			"roles": [{"zookeeper_node": [{"username": "zk", "password": "Zookeeper-Adm1n!"}]}],
		}),
	])
}
