# METADATA
# title: ElastiCache replication group does not encrypt traffic
# description: >-
#   An AWS::ElastiCache::ReplicationGroup does not set TransitEncryptionEnabled
#   to true, so clients and replicas exchange cached records in clear text
#   inside the VPC.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/in-transit-encryption.html
# custom:
#   id: EVD-CFN-016
#   severity: high
#   remediation: >-
#     Set TransitEncryptionEnabled to true (TransitEncryptionMode required) and
#     connect with TLS; add AuthToken or RBAC user groups for authentication.
#   selector:
#     input: cloudformation
#     resources: [AWS::ElastiCache::ReplicationGroup]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: Traffic carrying ePHI between application and cache falls under transmission security and its encryption specification.
#     gdpr: Encryption of personal data in transit is a measure Art. 32(1)(a) names.
package evident.checks.cloudformation.elasticache_transit_unencrypted

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding

deny contains f if {
	some group in cfn.resources("AWS::ElastiCache::ReplicationGroup")
	cfn.not_enabled(group.properties, "TransitEncryptionEnabled")
	f := located(group)
}

located(group) := finding.at(group, ["properties", "TransitEncryptionEnabled"], finding.format("%s sets TransitEncryptionEnabled to false", [group.id])) if {
	cfn.is_false(group.properties.TransitEncryptionEnabled)
} else := finding.of(group, finding.format("%s does not set TransitEncryptionEnabled: true", [group.id]))
