package evident.checks.terraform.memorydb_tls_disabled_test

import data.evident.checks.terraform.memorydb_tls_disabled as check
import data.evident.lib.tf_fixtures_test as tf

cluster(name, config) := tf.res("aws_memorydb_cluster", name, object.union({"acl_name": "open-access", "node_type": "db.t4g.small"}, config))

multi_region(name, config) := tf.res("aws_memorydb_multi_region_cluster", name, object.union({"multi_region_cluster_name_suffix": name, "node_type": "db.r7g.xlarge"}, config))

test_false_is_reported_at_the_argument if {
	check.deny == {
		{"resource": "aws_memorydb_cluster.a", "path": ["config", "tls_enabled"], "msg": "aws_memorydb_cluster.a sets tls_enabled = false: MemoryDB clients connect without TLS"},
		{"resource": "aws_memorydb_cluster.b", "path": ["config", "tls_enabled"], "msg": "aws_memorydb_cluster.b sets tls_enabled = false: MemoryDB clients connect without TLS"},
	} with input as tf.doc([cluster("a", {"tls_enabled": false}), cluster("b", {"tls_enabled": "false"})])
}

# A multi-Region cluster decides TLS for all its regional clusters.
test_multi_region_cluster_false_is_reported if {
	check.deny == {
		{"resource": "aws_memorydb_multi_region_cluster.global", "path": ["config", "tls_enabled"], "msg": "aws_memorydb_multi_region_cluster.global sets tls_enabled = false: MemoryDB clients connect without TLS"},
		{"resource": "aws_memorydb_multi_region_cluster.text", "path": ["config", "tls_enabled"], "msg": "aws_memorydb_multi_region_cluster.text sets tls_enabled = false: MemoryDB clients connect without TLS"},
	} with input as tf.doc([
		multi_region("global", {"tls_enabled": false}),
		multi_region("text", {"tls_enabled": "False"}),
		cluster("member", {"acl_name": "app-users", "multi_region_cluster_name": "virxk-global"}),
	])
}

# tls_enabled defaults to true: only an explicit false is reported.
test_default_true_null_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([
		cluster("default", {}),
		cluster("on", {"tls_enabled": true}),
		cluster("null", {"tls_enabled": null}),
		cluster("var", {"tls_enabled": tf.unknown("var.tls")}),
		multi_region("default", {}),
		multi_region("on", {"tls_enabled": true}),
		multi_region("var", {"tls_enabled": tf.unknown("var.tls")}),
		tf.res("aws_elasticache_replication_group", "g", {"transit_encryption_enabled": false}),
	])
}
