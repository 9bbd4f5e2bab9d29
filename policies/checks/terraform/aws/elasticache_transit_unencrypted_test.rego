package evident.checks.terraform.elasticache_transit_unencrypted_test

import data.evident.checks.terraform.elasticache_transit_unencrypted as check
import data.evident.lib.tf_fixtures_test as tf

test_absent_and_false if {
	check.deny == {
		{"resource": "aws_elasticache_replication_group.a", "msg": "aws_elasticache_replication_group.a does not set transit_encryption_enabled = true"},
		{"resource": "aws_elasticache_replication_group.b", "path": ["config", "transit_encryption_enabled"], "msg": "aws_elasticache_replication_group.b sets transit_encryption_enabled = false"},
	} with input as tf.doc([tf.res("aws_elasticache_replication_group", "a", {}), tf.res("aws_elasticache_replication_group", "b", {"transit_encryption_enabled": false})])
}

test_enabled_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([tf.res("aws_elasticache_replication_group", "a", {"transit_encryption_enabled": true}), tf.res("aws_elasticache_replication_group", "b", {"transit_encryption_enabled": tf.unknown("var.t")})])
}
