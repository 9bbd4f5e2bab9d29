package evident.checks.terraform.elasticache_at_rest_unencrypted_test

import data.evident.checks.terraform.elasticache_at_rest_unencrypted as check
import data.evident.lib.tf_fixtures_test as tf

test_redis_default_and_valkey_off if {
	check.deny == {
		{"resource": "aws_elasticache_replication_group.a", "msg": "aws_elasticache_replication_group.a does not set at_rest_encryption_enabled = true"},
		{"resource": "aws_elasticache_replication_group.b", "path": ["config", "at_rest_encryption_enabled"], "msg": "aws_elasticache_replication_group.b sets at_rest_encryption_enabled = false"},
	} with input as tf.doc([
		tf.res("aws_elasticache_replication_group", "a", {"engine": "redis"}),
		tf.res("aws_elasticache_replication_group", "b", {"engine": "valkey", "at_rest_encryption_enabled": false}),
	])
}

test_enabled_valkey_default_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_elasticache_replication_group", "a", {"at_rest_encryption_enabled": true}),
		tf.res("aws_elasticache_replication_group", "b", {"engine": "valkey"}),
		tf.res("aws_elasticache_replication_group", "c", {"at_rest_encryption_enabled": tf.unknown("var.x")}),
	])
}
