# METADATA
# title: DAX cluster is not encrypted at rest
# description: >-
#   An AWS::DAX::Cluster does not set SSESpecification.SSEEnabled to true (no
#   SSESpecification, no SSEEnabled in it, or false). DAX then keeps the
#   DynamoDB items it caches, its configuration and its logs unencrypted on the
#   nodes' disks; there is no default encryption to fall back on, and it can
#   only be chosen when the cluster is created. A cached table of patients or
#   customers is as sensitive as the table. Not reported: a value that cannot
#   be resolved (a parameter without default, a condition). Traffic between
#   clients and the cluster (ClusterEndpointEncryptionType, NONE by default,
#   TLS to encrypt) is encryption in transit: another safeguard with other
#   controls (HIPAA 164.312(e)), reported by EVD-CFN-069 as for ElastiCache
#   (EVD-CFN-015 at rest, and its in-transit check).
# related_resources:
#   - ref: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAXEncryptionAtRest.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-dax-cluster.html
# custom:
#   id: EVD-CFN-049
#   severity: high
#   remediation: >-
#     Add SSESpecification with SSEEnabled true (it replaces an existing
#     cluster: create the new one before moving clients over).
#   selector:
#     input: cloudformation
#     resources: [AWS::DAX::Cluster]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: Cached copies of ePHI written to the cluster's disks fall under the encryption specification for data at rest.
#     gdpr: Encryption of personal data at rest is a measure Art. 32(1)(a) names; a cache holds the same personal data.
package evident.checks.cloudformation.dax_cluster_unencrypted

import data.evident.lib.cloudformation as cfn

absent := "%s is not encrypted at rest: SSESpecification.SSEEnabled is not true"

deny contains f if {
	some cluster in cfn.resources("AWS::DAX::Cluster")
	f := cfn.flag_off(cluster, "SSESpecification", "SSEEnabled", {
		"absent": absent, "unset": absent,
		"false": "%s sets SSESpecification.SSEEnabled to false: the cluster is not encrypted at rest",
	})
}
