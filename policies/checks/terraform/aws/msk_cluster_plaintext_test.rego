package evident.checks.terraform.msk_cluster_plaintext_test

import data.evident.checks.terraform.msk_cluster_plaintext as check
import data.evident.lib.tf_fixtures_test as tf

test_plaintext_and_in_cluster_off if {
	check.deny == {
		{"resource": "aws_msk_cluster.k", "path": ["config", "encryption_info", 0, "encryption_in_transit", 0, "client_broker"], "msg": "aws_msk_cluster.k accepts plaintext client connections (client_broker = TLS_PLAINTEXT)"},
		{"resource": "aws_msk_cluster.k", "path": ["config", "encryption_info", 0, "encryption_in_transit", 0, "in_cluster"], "msg": "aws_msk_cluster.k replicates between brokers without TLS (in_cluster = false)"},
	} with input as tf.doc([tf.res("aws_msk_cluster", "k", {"encryption_info": [{"encryption_in_transit": [{"client_broker": "TLS_PLAINTEXT", "in_cluster": false}]}]})])
}

test_tls_default_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_msk_cluster", "a", {}),
		tf.res("aws_msk_cluster", "b", {"encryption_info": [{"encryption_in_transit": [{"client_broker": "TLS"}]}]}),
		tf.res("aws_msk_cluster", "c", {"encryption_info": [{"encryption_in_transit": [{"client_broker": tf.unknown("var.cb")}]}]}),
	])
}
