package evident.checks.cloudformation.elasticache_backups_disabled_test

import data.evident.checks.cloudformation.elasticache_backups_disabled as check

res(id, type, props) := {"id": id, "type": type, "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

group(id, props) := res(id, "AWS::ElastiCache::ReplicationGroup", object.union({"ReplicationGroupDescription": "sessions", "CacheNodeType": "cache.r7g.large"}, props))

cluster(id, props) := res(id, "AWS::ElastiCache::CacheCluster", object.union({"CacheNodeType": "cache.t4g.small", "NumCacheNodes": 1}, props))

param(name) := {"__unknown__": concat(" ", ["Ref", name]), "refs": [name]}

unset(id) := concat("", [id, " does not set SnapshotRetentionLimit, so automatic backups are off (the default is 0 days)"])

zero(id) := concat("", [id, " sets SnapshotRetentionLimit to 0 (automatic backups are off)"])

test_replication_groups_unset_and_zero if {
	check.deny == {
		{"resource": "A", "msg": unset("A")},
		{"resource": "B", "path": ["properties", "SnapshotRetentionLimit"], "msg": zero("B")},
		{"resource": "C", "path": ["properties", "SnapshotRetentionLimit"], "msg": zero("C")},
	} with input as {"resources": [
		group("A", {}),
		group("B", {"Engine": "valkey", "SnapshotRetentionLimit": 0}),
		group("C", {"SnapshotRetentionLimit": "0"}),
		group("D", {"SnapshotRetentionLimit": 7}),
		group("E", {"SnapshotRetentionLimit": param("Days")}),
	]}
}

test_redis_and_valkey_clusters if {
	check.deny == {
		{"resource": "A", "msg": unset("A")},
		{"resource": "B", "path": ["properties", "SnapshotRetentionLimit"], "msg": zero("B")},
	} with input as {"resources": [
		cluster("A", {"Engine": "redis"}),
		cluster("B", {"Engine": "Valkey", "SnapshotRetentionLimit": "0"}),
		cluster("C", {"Engine": "redis", "SnapshotRetentionLimit": "5"}),
	]}
}

test_memcached_and_unknown_engines_pass if {
	count(check.deny) == 0 with input as {"resources": [
		cluster("A", {"Engine": "memcached"}),
		cluster("B", {"Engine": param("Engine")}),
		cluster("C", {"Engine": "memcached", "SnapshotRetentionLimit": 0}),
	]}
}

# ElastiCache cannot back up cache.t1.micro nodes (Trivy AVD-AWS-0050's good example).
test_t1_micro_caches_pass if {
	count(check.deny) == 0 with input as {"resources": [
		cluster("A", {"Engine": "redis", "CacheNodeType": "cache.t1.micro"}),
		res("B", "AWS::ElastiCache::ReplicationGroup", {"CacheNodeType": "cache.t1.micro", "SnapshotRetentionLimit": 0}),
	]}
	check.deny == {
		{"resource": "A", "msg": unset("A")},
		{"resource": "B", "path": ["properties", "SnapshotRetentionLimit"], "msg": zero("B")},
	} with input as {"resources": [
		cluster("A", {"Engine": "redis", "CacheNodeType": "cache.t2.micro"}),
		res("B", "AWS::ElastiCache::ReplicationGroup", {"CacheNodeType": "cache.m5.large", "SnapshotRetentionLimit": 0}),
	]}
}

test_groups_built_on_another_cache_pass_when_unset if {
	count(check.deny) == 0 with input as {"resources": [
		group("A", {"PrimaryClusterId": "sessions-001"}),
		group("B", {"GlobalReplicationGroupId": param("GlobalId")}),
	]}
	check.deny == {{"resource": "A", "path": ["properties", "SnapshotRetentionLimit"], "msg": zero("A")}} with input as {"resources": [group("A", {"PrimaryClusterId": "sessions-001", "SnapshotRetentionLimit": 0})]}
}
