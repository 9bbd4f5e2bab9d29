package evident.checks.terraform.redshift_ssl_not_required_test

import data.evident.checks.terraform.redshift_ssl_not_required as check
import data.evident.lib.tf_fixtures_test as tf

test_group_without_and_with_false_and_default_cluster if {
	check.deny == {
		{"resource": "aws_redshift_parameter_group.a", "msg": "aws_redshift_parameter_group.a does not set require_ssl = true"},
		{"resource": "aws_redshift_parameter_group.b", "path": ["config", "parameter", 1, "value"], "msg": "aws_redshift_parameter_group.b sets require_ssl to false"},
		{"resource": "aws_redshift_cluster.c", "msg": "aws_redshift_cluster.c uses the default parameter group, which does not require SSL"},
	} with input as tf.doc([
		tf.res("aws_redshift_parameter_group", "a", {"parameter": [{"name": "enable_user_activity_logging", "value": "true"}]}),
		tf.res("aws_redshift_parameter_group", "b", {"parameter": [{"name": "x", "value": "1"}, {"name": "require_ssl", "value": "false"}]}),
		tf.res("aws_redshift_cluster", "c", {}),
	])
}

test_required_unknown_and_custom_group_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_redshift_parameter_group", "a", {"parameter": [{"name": "require_ssl", "value": "true"}]}),
		tf.res("aws_redshift_parameter_group", "b", {"parameter": [{"name": "require_ssl", "value": tf.unknown("var.ssl")}]}),
		tf.res("aws_redshift_cluster", "c", {"cluster_parameter_group_name": tf.unknown("aws_redshift_parameter_group.a.name")}),
	])
}

# A group that repeats require_ssl: each value that is not true is reported (one value per
# result: the former helper gave two and made the whole evaluation fail).
test_repeated_parameter_is_reported_per_entry if {
	check.deny == {
		{"resource": "aws_redshift_parameter_group.twice", "path": ["config", "parameter", 0, "value"], "msg": "aws_redshift_parameter_group.twice sets require_ssl to false"},
		{"resource": "aws_redshift_parameter_group.twice", "path": ["config", "parameter", 1, "value"], "msg": "aws_redshift_parameter_group.twice sets require_ssl to off"},
	} with input as tf.doc([tf.res("aws_redshift_parameter_group", "twice", {"parameter": [
		{"name": "require_ssl", "value": "false"},
		{"name": "require_ssl", "value": "OFF"},
	]})])
}
