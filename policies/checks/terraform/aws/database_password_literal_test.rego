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
