package evident.checks.terraform.memorydb_tls_disabled_test

import data.evident.checks.terraform.memorydb_tls_disabled as check
import data.evident.lib.tf_fixtures_test as tf

cluster(name, config) := tf.res("aws_memorydb_cluster", name, object.union({"acl_name": "open-access", "node_type": "db.t4g.small"}, config))

test_false_is_reported_at_the_argument if {
	check.deny == {
		{"resource": "aws_memorydb_cluster.a", "path": ["config", "tls_enabled"], "msg": "aws_memorydb_cluster.a sets tls_enabled = false: MemoryDB clients connect without TLS"},
		{"resource": "aws_memorydb_cluster.b", "path": ["config", "tls_enabled"], "msg": "aws_memorydb_cluster.b sets tls_enabled = false: MemoryDB clients connect without TLS"},
	} with input as tf.doc([cluster("a", {"tls_enabled": false}), cluster("b", {"tls_enabled": "false"})])
}

# tls_enabled defaults to true: only an explicit false is reported.
test_default_true_null_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([
		cluster("default", {}),
		cluster("on", {"tls_enabled": true}),
		cluster("null", {"tls_enabled": null}),
		cluster("var", {"tls_enabled": tf.unknown("var.tls")}),
		tf.res("aws_elasticache_replication_group", "g", {"transit_encryption_enabled": false}),
	])
}
