# METADATA
# title: ElastiCache Redis or Valkey automatic backups are disabled
# description: >-
#   An AWS::ElastiCache::ReplicationGroup, or an AWS::ElastiCache::CacheCluster
#   whose Engine is redis or valkey, sets SnapshotRetentionLimit to 0 or leaves
#   it unset, which ElastiCache takes as 0: no automatic daily backup is taken,
#   and a cache that holds sessions, queues or the only copy of derived records
#   cannot be restored after a failure, a faulty deploy or a FLUSHALL. Not
#   reported: a memcached cluster (ElastiCache cannot back it up), a cache of
#   cache.t1.micro nodes (nor those), a cluster
#   whose Engine is not known, a replication group built around an existing
#   cluster (PrimaryClusterId) or joining a global datastore
#   (GlobalReplicationGroupId) when it leaves the limit unset, and any
#   unresolved value. AWS::ElastiCache::ServerlessCache is not judged: AWS does
#   not document how many snapshots it keeps when none is given.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/backups-automatic.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-elasticache-replicationgroup.html
# custom:
#   id: EVD-CFN-092
#   severity: medium
#   remediation: >-
#     Set SnapshotRetentionLimit to the number of days to keep daily backups
#     (at least 7; at most 35) and SnapshotWindow to a quiet hour; restore a
#     backup into a new cache to test it.
#   selector:
#     input: cloudformation
#     resources: [AWS::ElastiCache::ReplicationGroup, AWS::ElastiCache::CacheCluster]
#   controls:
#     hipaa: ["164.308(a)(7)(ii)(A)", "164.308(a)(7)(i)", "164.312(a)(2)(ii)"]
#     gdpr: ["Art.32(1)(c)"]
#   rationale:
#     hipaa: Retrievable copies of the ePHI a cache holds are what the data backup plan requires, and they are the basis of the contingency and emergency access procedures.
#     gdpr: Backups are how availability and access to personal data are restored in a timely manner after an incident.
package evident.checks.cloudformation.elasticache_backups_disabled

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

deny contains f if {
	some cache in cfn.resources_of(["AWS::ElastiCache::ReplicationGroup", "AWS::ElastiCache::CacheCluster"])
	cfn.number(cache.properties.SnapshotRetentionLimit) == 0
	backed_up(cache)
	f := finding.at(cache, ["properties", "SnapshotRetentionLimit"], finding.format("%s sets SnapshotRetentionLimit to 0 (automatic backups are off)", [cache.id]))
}

deny contains f if {
	some cache in cfn.resources_of(["AWS::ElastiCache::ReplicationGroup", "AWS::ElastiCache::CacheCluster"])
	values.absent_or_null(cache.properties, "SnapshotRetentionLimit")
	backed_up(cache)
	not built_on_another_cache(cache.properties)
	f := finding.of(cache, finding.format("%s does not set SnapshotRetentionLimit, so automatic backups are off (the default is 0 days)", [cache.id]))
}

# backed_up(cache): every replication group (Redis or Valkey; ElastiCache has
# no memcached replication groups), and a Redis or Valkey cluster; not on
# cache.t1.micro nodes, which ElastiCache cannot back up ("Backup constraints"
# in the ElastiCache user guide).
backed_up(cache) if {
	cache.type == "AWS::ElastiCache::ReplicationGroup"
	not cache.properties.CacheNodeType == "cache.t1.micro"
}

backed_up(cache) if {
	cache.type == "AWS::ElastiCache::CacheCluster"
	is_string(cache.properties.Engine)
	lower(cache.properties.Engine) in {"redis", "valkey"}
	not cache.properties.CacheNodeType == "cache.t1.micro"
}

# built_on_another_cache(props): a replication group built around an existing
# cluster or joining a global datastore, whose settings come from there.
built_on_another_cache(props) if cfn.given(props, "PrimaryClusterId")

built_on_another_cache(props) if cfn.given(props, "GlobalReplicationGroupId")
