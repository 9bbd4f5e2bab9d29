package evident.checks.terraform.elasticache_backups_disabled_test

import data.evident.checks.terraform.elasticache_backups_disabled as check
import data.evident.lib.tf_fixtures_test as tf

unset(id) := concat("", [id, " does not set snapshot_retention_limit, so automatic backups are off (the default is 0 days)"])

zero(id) := concat("", [id, " sets snapshot_retention_limit = 0 (automatic backups are off)"])

# A replication group runs Redis or Valkey whatever its engine argument: both keep backups.
test_replication_groups_unset_and_zero if {
	check.deny == {
		{"resource": "aws_elasticache_replication_group.a", "msg": unset("aws_elasticache_replication_group.a")},
		{"resource": "aws_elasticache_replication_group.b", "path": ["config", "snapshot_retention_limit"], "msg": zero("aws_elasticache_replication_group.b")},
		{"resource": "aws_elasticache_replication_group.c", "path": ["config", "snapshot_retention_limit"], "msg": zero("aws_elasticache_replication_group.c")},
		{"resource": "aws_elasticache_replication_group.f", "msg": unset("aws_elasticache_replication_group.f")},
	} with input as tf.doc([
		tf.res("aws_elasticache_replication_group", "a", {"description": "sessions"}),
		tf.res("aws_elasticache_replication_group", "b", {"engine": "valkey", "snapshot_retention_limit": 0}),
		tf.res("aws_elasticache_replication_group", "c", {"snapshot_retention_limit": "0"}),
		tf.res("aws_elasticache_replication_group", "d", {"snapshot_retention_limit": 7}),
		tf.res("aws_elasticache_replication_group", "e", {"snapshot_retention_limit": tf.unknown("var.retention")}),
		tf.res("aws_elasticache_replication_group", "f", {"snapshot_retention_limit": null, "engine": tf.unknown("var.engine")}),
	])
}

test_redis_and_valkey_clusters if {
	check.deny == {
		{"resource": "aws_elasticache_cluster.a", "msg": unset("aws_elasticache_cluster.a")},
		{"resource": "aws_elasticache_cluster.b", "path": ["config", "snapshot_retention_limit"], "msg": zero("aws_elasticache_cluster.b")},
	} with input as tf.doc([
		tf.res("aws_elasticache_cluster", "a", {"engine": "redis"}),
		tf.res("aws_elasticache_cluster", "b", {"engine": "Valkey", "snapshot_retention_limit": 0}),
		tf.res("aws_elasticache_cluster", "c", {"engine": "redis", "snapshot_retention_limit": 5}),
	])
}

# Memcached has no backups, a member of a replication group takes the group's,
# an unknown engine may be memcached.
test_memcached_members_and_unknown_engines_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_elasticache_cluster", "a", {"engine": "memcached"}),
		tf.res("aws_elasticache_cluster", "b", {"replication_group_id": tf.unknown("aws_elasticache_replication_group.g.id")}),
		tf.res("aws_elasticache_cluster", "c", {"replication_group_id": "sessions", "snapshot_retention_limit": 0}),
		tf.res("aws_elasticache_cluster", "d", {"engine": tf.unknown("var.engine")}),
		tf.res("aws_elasticache_cluster", "e", {}),
	])
}

# ElastiCache cannot back up cache.t1.micro nodes (Trivy AVD-AWS-0050's good example).
test_t1_micro_caches_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_elasticache_cluster", "a", {"engine": "redis", "node_type": "cache.t1.micro"}),
		tf.res("aws_elasticache_replication_group", "b", {"node_type": "cache.t1.micro", "snapshot_retention_limit": 0}),
	])
	check.deny == {
		{"resource": "aws_elasticache_cluster.a", "msg": unset("aws_elasticache_cluster.a")},
		{"resource": "aws_elasticache_replication_group.b", "path": ["config", "snapshot_retention_limit"], "msg": zero("aws_elasticache_replication_group.b")},
	} with input as tf.doc([
		tf.res("aws_elasticache_cluster", "a", {"engine": "redis", "node_type": "cache.t2.micro"}),
		tf.res("aws_elasticache_replication_group", "b", {"node_type": "cache.m5.large", "snapshot_retention_limit": 0}),
	])
}

test_global_datastore_member_and_registry_module_group_pass_when_unset if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_elasticache_replication_group", "secondary", {"global_replication_group_id": tf.unknown("aws_elasticache_global_replication_group.g.global_replication_group_id")}),
		object.union(tf.res("aws_elasticache_replication_group", "this", {"engine": "redis"}), {"id": "module.cache.aws_elasticache_replication_group.this", "created_by": {"call": "module.cache"}}),
	])
	check.deny == {{"resource": "aws_elasticache_replication_group.secondary", "path": ["config", "snapshot_retention_limit"], "msg": zero("aws_elasticache_replication_group.secondary")}} with input as tf.doc([
		tf.res("aws_elasticache_replication_group", "secondary", {"global_replication_group_id": "ldgnf-sessions", "snapshot_retention_limit": 0}),
	])
}
