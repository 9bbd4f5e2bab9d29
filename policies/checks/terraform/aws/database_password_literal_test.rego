package evident.checks.terraform.database_password_literal_test

import data.evident.checks.terraform.database_password_literal as check
import data.evident.lib.tf_fixtures_test as tf

test_literals if {
	check.deny == {
		{"resource": "aws_db_instance.a", "path": ["config", "password"], "secret": true, "msg": "aws_db_instance.a sets password to a literal value"},
		{"resource": "aws_rds_cluster.b", "path": ["config", "master_password"], "secret": true, "msg": "aws_rds_cluster.b sets master_password to a literal value"},
	} with input as tf.doc([tf.res("aws_db_instance", "a", {"password": "hunter22"}), tf.res("aws_rds_cluster", "b", {"master_password": "hunter23"})])
}

test_write_only_arguments if {
	check.deny == {
		{"resource": "aws_db_instance.a", "path": ["config", "password_wo"], "secret": true, "msg": "aws_db_instance.a sets password_wo to a literal value"},
		{"resource": "aws_rds_cluster.b", "path": ["config", "master_password_wo"], "secret": true, "msg": "aws_rds_cluster.b sets master_password_wo to a literal value"},
	} with input as tf.doc([tf.res("aws_db_instance", "a", {"password_wo": "hunter22", "password_wo_version": 1}), tf.res("aws_rds_cluster", "b", {"master_password_wo": "hunter23"})])
}

master(password) := {"advanced_security_options": [{"enabled": true, "internal_user_database_enabled": true, "master_user_options": [{"master_user_name": "admin", "master_user_password": password}]}]}

test_search_domain_master_user_password if {
	check.deny == {{"resource": "aws_opensearch_domain.search", "path": ["config", "advanced_security_options", 0, "master_user_options", 0, "master_user_password"], "secret": true, "msg": "aws_opensearch_domain.search sets master_user_password to a literal value"}} with input as tf.doc([
		tf.res("aws_opensearch_domain", "search", master("Search-Adm1n-Pass")),
		tf.res("aws_elasticsearch_domain", "legacy", master(tf.unknown("var.master_password"))),
		tf.res("aws_opensearch_domain", "iam_only", {"advanced_security_options": [{"enabled": true, "master_user_options": [{"master_user_arn": "arn:aws:iam::111122223333:role/admin"}]}]}),
	])
}

test_plan_values_are_not_code if {
	count(check.deny) == 0 with input as object.union(tf.doc([tf.res("aws_db_instance", "a", {"password": "hunter22"})]), {"format": "plan"})
}

test_managed_unknown_and_variable_values_pass if {
	count(check.deny) == 0 with input as object.union(
		tf.doc([
			tf.res("aws_db_instance", "a", {"manage_master_user_password": true}),
			tf.res("aws_db_instance", "b", {"password": tf.unknown("random_password.db.result")}),
			tf.res("aws_rds_cluster", "c", {"master_password": "from-var"}),
		]),
		{"variables": [{"id": "var.db_password", "name": "db_password", "file": "v.tf", "startLine": 1, "endLine": 1, "default": "from-var", "value": "from-var"}], "tfvars": []},
	)
}

test_data_service_literals if {
	check.deny == {
		{"resource": "aws_dms_endpoint.source", "path": ["config", "password"], "secret": true, "msg": "aws_dms_endpoint.source sets password to a literal value"},
		{"resource": "aws_redshiftserverless_namespace.warehouse", "path": ["config", "admin_user_password"], "secret": true, "msg": "aws_redshiftserverless_namespace.warehouse sets admin_user_password to a literal value"},
		{"resource": "aws_datasync_location_object_storage.partner", "path": ["config", "secret_key"], "secret": true, "msg": "aws_datasync_location_object_storage.partner sets secret_key to a literal value"},
		{"resource": "aws_mq_broker.orders", "path": ["config", "user", 1, "password"], "secret": true, "msg": "aws_mq_broker.orders sets a user's password to a literal value"},
		{"resource": "aws_elasticache_user.app", "path": ["config", "passwords", 0], "secret": true, "msg": "aws_elasticache_user.app sets a password to a literal value"},
		{"resource": "aws_memorydb_user.app", "path": ["config", "authentication_mode", 0, "passwords", 1], "secret": true, "msg": "aws_memorydb_user.app sets a password to a literal value"},
		{"resource": "aws_glue_connection.jdbc", "path": ["config", "connection_properties", "PASSWORD"], "secret": true, "msg": "aws_glue_connection.jdbc sets connection property PASSWORD to a literal value"},
	} with input as tf.doc([
		tf.res("aws_dms_endpoint", "source", {"endpoint_type": "source", "password": "Dms-Source-1"}),
		tf.res("aws_redshiftserverless_namespace", "warehouse", {"admin_user_password": "Wareh0use-Adm1n"}),
		tf.res("aws_datasync_location_object_storage", "partner", {"access_key": "partner", "secret_key": "s3cr3t-key-value"}),
		tf.res("aws_mq_broker", "orders", {"user": [
			{"username": "reader", "password": tf.unknown("var.reader_password")},
			{"username": "admin", "password": "Mq-Adm1n-Pass"},
		]}),
		tf.res("aws_elasticache_user", "app", {"passwords": ["Cache-User-Pass-1"]}),
		tf.res("aws_memorydb_user", "app", {"authentication_mode": [{"type": "password", "passwords": [tf.unknown("var.current"), "Memory-User-Pass-2"]}]}),
		tf.res("aws_glue_connection", "jdbc", {"connection_properties": {"JDBC_CONNECTION_URL": "jdbc:postgresql://db:5432/records", "USERNAME": "etl", "PASSWORD": "Glue-Etl-Pass"}}),
	])
}

test_data_service_secrets_from_elsewhere_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_dms_endpoint", "source", {"endpoint_type": "source", "secrets_manager_arn": "arn:aws:secretsmanager:eu-west-1:111122223333:secret:dms"}),
		tf.res("aws_dms_endpoint", "target", {"password": tf.unknown("var.target_password")}),
		tf.res("aws_mq_broker", "orders", {"user": [{"username": "admin", "password": tf.unknown("random_password.mq.result")}]}),
		tf.res("aws_elasticache_user", "iam", {"authentication_mode": [{"type": "iam"}]}),
		tf.res("aws_glue_connection", "secret", {"connection_properties": {"JDBC_CONNECTION_URL": "jdbc:postgresql://db:5432/records", "SECRET_ID": "glue/records"}}),
		tf.res("aws_glue_connection", "computed", {"connection_properties": tf.unknown("local.properties")}),
		tf.res("aws_glue_connection", "interpolated", {"connection_properties": {"PASSWORD": "${var.password}"}}),
	])
}

test_secret_versions_and_repository_tokens if {
	check.deny == {
		{"resource": "aws_secretsmanager_secret_version.db", "path": ["config", "secret_string"], "secret": true, "msg": "aws_secretsmanager_secret_version.db sets secret_string to a literal value"},
		{"resource": "aws_amplify_app.portal", "path": ["config", "access_token"], "secret": true, "msg": "aws_amplify_app.portal sets access_token to a literal value"},
		{"resource": "aws_codebuild_source_credential.github", "path": ["config", "token"], "secret": true, "msg": "aws_codebuild_source_credential.github sets token to a literal value"},
	} with input as tf.doc([
		tf.res("aws_secretsmanager_secret_version", "db", {"secret_id": "db", "secret_string": "{\"password\":\"Records-DB-2024\"}"}),
		object.union(tf.res("aws_secretsmanager_secret_version", "rotated", {"secret_id": "db", "secret_string": "initial-value-1"}), {"lifecycle": [{"ignore_changes": [tf.unknown("secret_string")]}]}),
		tf.res("aws_secretsmanager_secret_version", "placeholder", {"secret_id": "db", "secret_string": "CHANGE_ME"}),
		tf.res("aws_amplify_app", "portal", {"repository": "https://github.com/clinic/portal", "access_token": "ghp_0123456789abcdefghijklmnopqrstuvwxyz"}),
		tf.res("aws_codebuild_source_credential", "github", {"auth_type": "PERSONAL_ACCESS_TOKEN", "server_type": "GITHUB", "token": "ghp_abcdefghijklmnopqrstuvwxyz0123456789"}),
	])
}
