# METADATA
# title: ElastiCache replication group is not encrypted at rest
# description: >-
#   An AWS::ElastiCache::ReplicationGroup does not set AtRestEncryptionEnabled
#   to true, so cached records, their backups and swap files are stored
#   unencrypted. The setting can only be chosen when the group is created.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/at-rest-encryption.html
# custom:
#   id: EVD-CFN-015
#   severity: high
#   remediation: >-
#     Set AtRestEncryptionEnabled to true (and KmsKeyId to a customer-managed
#     key); recreate existing groups from a backup.
#   selector:
#     input: cloudformation
#     resources: [AWS::ElastiCache::ReplicationGroup]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: Cached ePHI and its backups are data at rest under the encryption and decryption specification.
#     gdpr: Encryption of personal data at rest is a measure Art. 32(1)(a) names.
package evident.checks.cloudformation.elasticache_at_rest_unencrypted

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding

deny contains f if {
	some group in cfn.resources("AWS::ElastiCache::ReplicationGroup")
	cfn.not_enabled(group.properties, "AtRestEncryptionEnabled")
	f := located(group)
}

located(group) := finding.at(group, ["properties", "AtRestEncryptionEnabled"], finding.format("%s sets AtRestEncryptionEnabled to false", [group.id])) if {
	cfn.is_false(group.properties.AtRestEncryptionEnabled)
} else := finding.of(group, finding.format("%s does not set AtRestEncryptionEnabled: true", [group.id]))
