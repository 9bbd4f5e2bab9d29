package evident.checks.terraform.dynamodb_table_no_cmk_test

import data.evident.checks.terraform.dynamodb_table_no_cmk as check
import data.evident.lib.tf_fixtures_test as tf

test_no_block_and_disabled if {
	check.deny == {
		{"resource": "aws_dynamodb_table.a", "msg": "aws_dynamodb_table.a uses the AWS owned key: no server_side_encryption block with enabled = true"},
		{"resource": "aws_dynamodb_table.b", "path": ["config", "server_side_encryption", 0, "enabled"], "msg": "aws_dynamodb_table.b sets server_side_encryption enabled = false (AWS owned key)"},
	} with input as tf.doc([tf.res("aws_dynamodb_table", "a", {}), tf.res("aws_dynamodb_table", "b", {"server_side_encryption": [{"enabled": false}]})])
}

test_enabled_unknown_and_dynamic_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_dynamodb_table", "a", {"server_side_encryption": [{"enabled": true}]}),
		tf.res("aws_dynamodb_table", "b", {"server_side_encryption": [{"enabled": tf.unknown("var.sse")}]}),
		tf.res("aws_dynamodb_table", "c", {"dynamic": {"server_side_encryption": [{"for_each": tf.unknown("var.x"), "content": [{}]}]}}),
	])
}
