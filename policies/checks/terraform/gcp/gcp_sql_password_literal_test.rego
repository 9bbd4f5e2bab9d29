package evident.checks.terraform.gcp_sql_password_literal_test

import data.evident.checks.terraform.gcp_sql_password_literal as check
import data.evident.lib.tf_fixtures_test as tf

test_literals if {
	check.deny == {
		{"resource": "google_sql_user.app", "path": ["config", "password"], "secret": true, "msg": "google_sql_user.app sets password to a literal value"},
		{"resource": "google_sql_database_instance.mssql", "path": ["config", "root_password"], "secret": true, "msg": "google_sql_database_instance.mssql sets root_password to a literal value"},
	} with input as tf.doc([
		tf.res("google_sql_user", "app", {"name": "app", "instance": "records", "password": "Cl0ud-Sql-Pass"}),
		tf.res("google_sql_database_instance", "mssql", {"database_version": "SQLSERVER_2019_STANDARD", "root_password": "Sql-R00t-Pass"}),
	])
}

test_write_only_arguments if {
	check.deny == {
		{"resource": "google_sql_user.app", "path": ["config", "password_wo"], "secret": true, "msg": "google_sql_user.app sets password_wo to a literal value"},
		{"resource": "google_sql_database_instance.mssql", "path": ["config", "root_password_wo"], "secret": true, "msg": "google_sql_database_instance.mssql sets root_password_wo to a literal value"},
	} with input as tf.doc([
		tf.res("google_sql_user", "app", {"name": "app", "instance": "records", "password_wo": "Cl0ud-Sql-Pass", "password_wo_version": 1}),
		tf.res("google_sql_database_instance", "mssql", {"root_password_wo": "Sql-R00t-Pass", "root_password_wo_version": 1}),
	])
}

test_plan_values_are_not_code if {
	count(check.deny) == 0 with input as object.union(tf.doc([tf.res("google_sql_user", "app", {"password": "Cl0ud-Sql-Pass"})]), {"format": "plan"})
}

test_iam_unknown_and_variable_values_pass if {
	count(check.deny) == 0 with input as object.union(
		tf.doc([
			tf.res("google_sql_user", "iam", {"name": "dba@example.com", "instance": "records", "type": "CLOUD_IAM_USER"}),
			tf.res("google_sql_user", "generated", {"name": "app", "password": tf.unknown("random_password.app.result")}),
			tf.res("google_sql_user", "from_secret", {"name": "app", "password_wo": tf.unknown("ephemeral.google_secret_manager_secret_version.app.secret_data")}),
			tf.res("google_sql_user", "from_var", {"name": "report", "password": "from-var"}),
			tf.res("google_sql_database_instance", "pg", {"database_version": "POSTGRES_16", "root_password": ""}),
		]),
		{"variables": [{"id": "var.sql_password", "name": "sql_password", "file": "v.tf", "startLine": 1, "endLine": 1, "default": "from-var", "value": "from-var"}], "tfvars": []},
	)
}
