package evident.checks.terraform.dynamodb_pitr_disabled_test

import data.evident.checks.terraform.dynamodb_pitr_disabled as check
import data.evident.lib.tf_fixtures_test as tf

test_missing_and_false if {
	check.deny == {
		{"resource": "aws_dynamodb_table.a", "msg": "aws_dynamodb_table.a does not enable point_in_time_recovery"},
		{"resource": "aws_dynamodb_table.b", "path": ["config", "point_in_time_recovery", 0, "enabled"], "msg": "aws_dynamodb_table.b sets point_in_time_recovery enabled = false"},
	} with input as tf.doc([tf.res("aws_dynamodb_table", "a", {}), tf.res("aws_dynamodb_table", "b", {"point_in_time_recovery": [{"enabled": false}]})])
}

test_enabled_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([tf.res("aws_dynamodb_table", "a", {"point_in_time_recovery": [{"enabled": true}]}), tf.res("aws_dynamodb_table", "b", {"point_in_time_recovery": [{"enabled": tf.unknown("var.pitr")}]})])
}
