package evident.checks.terraform.dax_cluster_unencrypted_test

import data.evident.checks.terraform.dax_cluster_unencrypted as check
import data.evident.lib.tf_fixtures_test as tf

absent(id) := concat("", [id, " is not encrypted at rest: no server_side_encryption block with enabled = true"])

test_absent_empty_null_and_disabled if {
	check.deny == {
		{"resource": "aws_dax_cluster.a", "msg": absent("aws_dax_cluster.a")},
		{"resource": "aws_dax_cluster.b", "path": ["config", "server_side_encryption", 0], "msg": absent("aws_dax_cluster.b")},
		{"resource": "aws_dax_cluster.c", "path": ["config", "server_side_encryption", 0], "msg": absent("aws_dax_cluster.c")},
		{"resource": "aws_dax_cluster.d", "path": ["config", "server_side_encryption", 0, "enabled"], "msg": "aws_dax_cluster.d sets server_side_encryption enabled = false: the cluster is not encrypted at rest"},
	} with input as tf.doc([
		tf.res("aws_dax_cluster", "a", {"cluster_name": "a"}),
		tf.res("aws_dax_cluster", "b", {"server_side_encryption": [{}]}),
		tf.res("aws_dax_cluster", "c", {"server_side_encryption": [{"enabled": null}]}),
		tf.res("aws_dax_cluster", "d", {"server_side_encryption": [{"enabled": false}]}),
	])
}

# In-transit encryption is not this check's concern.
test_enabled_unknown_and_dynamic_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_dax_cluster", "a", {"server_side_encryption": [{"enabled": true}], "cluster_endpoint_encryption_type": "NONE"}),
		tf.res("aws_dax_cluster", "b", {"server_side_encryption": [{"enabled": tf.unknown("var.sse")}]}),
		tf.res("aws_dax_cluster", "c", {"dynamic": {"server_side_encryption": [{"for_each": tf.unknown("var.x"), "content": [{}]}]}}),
	])
}
