# METADATA
# title: ElastiCache replication group does not encrypt traffic
# description: >-
#   An aws_elasticache_replication_group does not set
#   transit_encryption_enabled = true (the default is false), so clients and
#   replicas exchange cached data, often session tokens and personal records,
#   in clear text inside the VPC.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/in-transit-encryption.html
# custom:
#   id: EVD-TF-014
#   severity: high
#   remediation: >-
#     Set transit_encryption_enabled = true (with transit_encryption_mode =
#     "preferred" first for a rolling migration of existing clients) and use an
#     auth token or RBAC user group.
#   selector:
#     input: terraform
#     resources: [aws_elasticache_replication_group]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: ePHI sent between the application and the cache must be protected in transmission.
#     gdpr: Encryption of personal data in transit is a measure Art. 32(1)(a) names.
package evident.checks.terraform.elasticache_transit_unencrypted

import data.evident.lib.terraform

deny contains f if {
	some group in terraform.resources("aws_elasticache_replication_group")
	f := terraform.off(
		group, "transit_encryption_enabled",
		"%s does not set transit_encryption_enabled = true",
		"%s sets transit_encryption_enabled = false",
	)
}
