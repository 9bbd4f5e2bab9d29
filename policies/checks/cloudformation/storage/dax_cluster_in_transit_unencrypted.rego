# METADATA
# title: DAX cluster does not encrypt traffic to its endpoint
# description: >-
#   An AWS::DAX::Cluster does not set ClusterEndpointEncryptionType to TLS (the
#   default is NONE), so the applications that read and write through the
#   cache exchange DynamoDB items, often whole patient or customer records,
#   with it in clear text inside the VPC. The property can only be chosen when
#   the cluster is created. A value that cannot be resolved (a parameter
#   without default, a condition) is not reported. Encryption at rest is
#   EVD-CFN-049's.
# related_resources:
#   - ref: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAXEncryptionInTransit.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-dax-cluster.html
# custom:
#   id: EVD-CFN-069
#   severity: high
#   remediation: >-
#     Create the cluster with ClusterEndpointEncryptionType: TLS (changing it
#     replaces the cluster), and connect with the daxs:// endpoint of a DAX
#     client that supports TLS.
#   selector:
#     input: cloudformation
#     resources: ["AWS::DAX::Cluster"]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: ePHI sent between the application and the cache must be protected in transmission.
#     gdpr: Encryption of personal data in transit is a measure Art. 32(1)(a) names.
package evident.checks.cloudformation.dax_cluster_in_transit_unencrypted

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

deny contains f if {
	some cluster in cfn.resources("AWS::DAX::Cluster")
	values.absent_or_null(cluster.properties, "ClusterEndpointEncryptionType")
	f := finding.of(cluster, finding.format("%s does not set ClusterEndpointEncryptionType: TLS: clients reach the cache in clear text (the default is NONE)", [cluster.id]))
}

deny contains f if {
	some cluster in cfn.resources("AWS::DAX::Cluster")
	value := cluster.properties.ClusterEndpointEncryptionType
	is_string(value)
	upper(value) == "NONE"
	f := finding.at(cluster, ["properties", "ClusterEndpointEncryptionType"], finding.format("%s sets ClusterEndpointEncryptionType to NONE: clients reach the cache in clear text", [cluster.id]))
}
