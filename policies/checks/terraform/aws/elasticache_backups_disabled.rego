# METADATA
# title: ElastiCache Redis or Valkey automatic backups are disabled
# description: >-
#   An aws_elasticache_replication_group, or an aws_elasticache_cluster running
#   Redis or Valkey on its own, sets snapshot_retention_limit = 0 or leaves it
#   unset, which the ElastiCache API takes as 0: no automatic daily backup is
#   taken, and a cache that holds sessions, queues or the only copy of
#   derived records cannot be restored after a failure, a faulty deploy or a
#   FLUSHALL. Not reported: a cluster that belongs to a replication group
#   (replication_group_id; the group keeps the backups), a memcached cluster
#   (ElastiCache cannot back it up), a cache of cache.t1.micro nodes (nor
#   those), a cluster whose engine is not known, a
#   replication group that joins a global datastore (global_replication_group_id)
#   when it leaves the limit unset, a replication group created by a
#   terraform-aws-modules/elasticache call (its model does not carry the
#   call's snapshot settings), and any unresolved value.
#   aws_elasticache_serverless_cache is not judged: neither the provider nor
#   the API documents the number of snapshots it keeps when none is given.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/backups-automatic.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elasticache_replication_group#snapshot_retention_limit
# custom:
#   id: EVD-TF-224
#   severity: medium
#   remediation: >-
#     Set snapshot_retention_limit to the number of days to keep daily backups
#     (at least 7; at most 35) and snapshot_window to a quiet hour; restore a
#     backup into a new cache to test it.
#   selector:
#     input: terraform
#     resources: [aws_elasticache_replication_group, aws_elasticache_cluster]
#   controls:
#     hipaa: ["164.308(a)(7)(ii)(A)", "164.308(a)(7)(i)", "164.312(a)(2)(ii)"]
#     gdpr: ["Art.32(1)(c)"]
#   rationale:
#     hipaa: Retrievable copies of the ePHI a cache holds are what the data backup plan requires, and they are the basis of the contingency and emergency access procedures.
#     gdpr: Backups are how availability and access to personal data are restored in a timely manner after an incident.
package evident.checks.terraform.elasticache_backups_disabled

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

cache_types := ["aws_elasticache_replication_group", "aws_elasticache_cluster"]

deny contains f if {
	some type in cache_types
	some cache in terraform.resources(type)
	zero(cache.config.snapshot_retention_limit)
	backed_up(cache)
	f := finding.at(cache, ["config", "snapshot_retention_limit"], finding.format("%s sets snapshot_retention_limit = 0 (automatic backups are off)", [cache.id]))
}

deny contains f if {
	some type in cache_types
	some cache in terraform.resources(type)
	values.absent_or_null(cache.config, "snapshot_retention_limit")
	backed_up(cache)
	not cache.created_by
	not terraform.given(cache.config, "global_replication_group_id")
	f := finding.of(cache, finding.format("%s does not set snapshot_retention_limit, so automatic backups are off (the default is 0 days)", [cache.id]))
}

zero(0)

zero("0")

# backed_up(cache): the cache keeps its own backups: every replication group
# (Redis or Valkey; ElastiCache has no memcached replication groups), and a
# Redis or Valkey cluster that is not a member of a replication group; not on
# cache.t1.micro nodes, which ElastiCache cannot back up ("Backup constraints"
# in the ElastiCache user guide).
backed_up(cache) if {
	cache.type == "aws_elasticache_replication_group"
	not cache.config.node_type == "cache.t1.micro"
}

backed_up(cache) if {
	cache.type == "aws_elasticache_cluster"
	values.absent_or_null(cache.config, "replication_group_id")
	is_string(cache.config.engine)
	lower(cache.config.engine) in {"redis", "valkey"}
	not cache.config.node_type == "cache.t1.micro"
}
