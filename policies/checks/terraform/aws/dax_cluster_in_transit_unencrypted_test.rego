package evident.checks.terraform.dax_cluster_in_transit_unencrypted_test

import data.evident.checks.terraform.dax_cluster_in_transit_unencrypted as check
import data.evident.lib.tf_fixtures_test as tf

test_default_and_none_are_reported if {
	check.deny == {
		{"resource": "aws_dax_cluster.sessions", "msg": "aws_dax_cluster.sessions does not set cluster_endpoint_encryption_type = \"TLS\": clients reach the cache in clear text (the default is NONE)"},
		{"resource": "aws_dax_cluster.records", "path": ["config", "cluster_endpoint_encryption_type"], "msg": "aws_dax_cluster.records sets cluster_endpoint_encryption_type = \"NONE\": clients reach the cache in clear text"},
	} with input as tf.doc([
		tf.res("aws_dax_cluster", "sessions", {"cluster_name": "sessions", "node_type": "dax.r5.large", "replication_factor": 3}),
		tf.res("aws_dax_cluster", "records", {"cluster_name": "records", "cluster_endpoint_encryption_type": "NONE"}),
	])
}

test_tls_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_dax_cluster", "tls", {"cluster_endpoint_encryption_type": "TLS"}),
		tf.res("aws_dax_cluster", "var", {"cluster_endpoint_encryption_type": tf.unknown("var.dax_encryption")}),
	])
}
