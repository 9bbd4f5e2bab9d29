package evident.checks.terraform.rds_ssl_not_enforced_test

import data.evident.checks.terraform.rds_ssl_not_enforced as check
import data.evident.lib.tf_fixtures_test as tf

test_missing_and_off if {
	check.deny == {
		{"resource": "aws_db_parameter_group.pg14", "msg": "aws_db_parameter_group.pg14 (postgres14) does not set rds.force_ssl to enforce TLS"},
		{"resource": "aws_db_parameter_group.pg16", "path": ["config", "parameter", 0, "value"], "msg": "aws_db_parameter_group.pg16 sets rds.force_ssl to 0, which does not enforce TLS"},
		{"resource": "aws_rds_cluster_parameter_group.my", "msg": "aws_rds_cluster_parameter_group.my (aurora-mysql8.0) does not set require_secure_transport to enforce TLS"},
	} with input as tf.doc([
		tf.res("aws_db_parameter_group", "pg14", {"family": "postgres14"}),
		tf.res("aws_db_parameter_group", "pg16", {"family": "postgres16", "parameter": [{"name": "rds.force_ssl", "value": 0}]}),
		tf.res("aws_rds_cluster_parameter_group", "my", {"family": "aurora-mysql8.0"}),
	])
}

# Aurora reads the TLS setting from the cluster parameter group only.
test_aurora_instance_parameter_groups_are_not_judged if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_db_parameter_group", "pg", {"family": "aurora-postgresql14"}),
		tf.res("aws_db_parameter_group", "my", {"family": "aurora-mysql8.0", "parameter": [{"name": "require_secure_transport", "value": "OFF"}]}),
	])
}

test_enforced_defaults_other_engines_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_db_parameter_group", "a", {"family": "postgres14", "parameter": [{"name": "rds.force_ssl", "value": "1"}]}),
		tf.res("aws_db_parameter_group", "b", {"family": "postgres16"}),
		tf.res("aws_db_parameter_group", "c", {"family": "mysql8.0", "parameter": [{"name": "require_secure_transport", "value": "ON"}]}),
		tf.res("aws_db_parameter_group", "d", {"family": "mysql8.4"}),
		tf.res("aws_db_parameter_group", "e", {"family": "oracle-ee-19"}),
		tf.res("aws_db_parameter_group", "f", {"family": tf.unknown("var.family")}),
		tf.res("aws_db_parameter_group", "g", {"family": "postgres13", "parameter": [{"name": "rds.force_ssl", "value": tf.unknown("var.ssl")}]}),
	])
}
