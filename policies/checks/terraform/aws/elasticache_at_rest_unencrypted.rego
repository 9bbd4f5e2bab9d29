# METADATA
# title: ElastiCache replication group is not encrypted at rest
# description: >-
#   An aws_elasticache_replication_group running Redis does not set
#   at_rest_encryption_enabled = true (the default for the redis engine is
#   false; valkey groups are encrypted by default and are only reported when
#   they turn it off). Cached sessions and query results then sit unencrypted
#   on disk and in backups.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/at-rest-encryption.html
# custom:
#   id: EVD-TF-013
#   severity: high
#   remediation: >-
#     Set at_rest_encryption_enabled = true (and kms_key_id for a customer-managed
#     key); for an existing group, restore a backup into a new encrypted group.
#   selector:
#     input: terraform
#     resources: [aws_elasticache_replication_group]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: Cached ePHI written to disk and backups falls under the encryption specification for data at rest.
#     gdpr: Encryption of personal data at rest is a measure Art. 32(1)(a) names.
package evident.checks.terraform.elasticache_at_rest_unencrypted

import data.evident.lib.finding
import data.evident.lib.terraform

deny contains f if {
	some group in terraform.resources("aws_elasticache_replication_group")
	not group.config.engine == "valkey"
	f := terraform.off(
		group, "at_rest_encryption_enabled",
		"%s does not set at_rest_encryption_enabled = true",
		"%s sets at_rest_encryption_enabled = false",
	)
}

deny contains f if {
	some group in terraform.resources("aws_elasticache_replication_group")
	group.config.engine == "valkey"
	group.config.at_rest_encryption_enabled == false
	f := finding.at(group, ["config", "at_rest_encryption_enabled"], finding.format("%s sets at_rest_encryption_enabled = false", [group.id]))
}
