# METADATA
# title: MSK cluster allows plaintext traffic
# description: >-
#   An AWS::MSK::Cluster sets EncryptionInfo.EncryptionInTransit.ClientBroker
#   to PLAINTEXT or TLS_PLAINTEXT (clients may produce and consume without
#   TLS), or sets InCluster to false (brokers replicate to each other in clear
#   text). Kafka topics commonly carry events about people. CloudFormation's
#   defaults are the same as Terraform's (ClientBroker TLS, InCluster true), so
#   an omitted EncryptionInfo is not reported, nor is a value that is not known
#   statically (a parameter without default). AWS::MSK::ServerlessCluster
#   always uses TLS and is not judged.
# related_resources:
#   - ref: https://docs.aws.amazon.com/msk/latest/developerguide/msk-encryption.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-msk-cluster-encryptionintransit.html
# custom:
#   id: EVD-CFN-058
#   severity: high
#   remediation: >-
#     Set EncryptionInfo.EncryptionInTransit to ClientBroker TLS and InCluster
#     true (both are the defaults, so removing the settings also works).
#   selector:
#     input: cloudformation
#     resources: [AWS::MSK::Cluster]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: ePHI in event streams must be protected in transmission between clients and brokers.
#     gdpr: Encryption of personal data in transit is a measure Art. 32(1)(a) names.
package evident.checks.cloudformation.msk_cluster_plaintext

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding

deny contains f if {
	some cluster in cfn.resources("AWS::MSK::Cluster")
	broker := cluster.properties.EncryptionInfo.EncryptionInTransit.ClientBroker
	broker in {"PLAINTEXT", "TLS_PLAINTEXT"}
	path := ["properties", "EncryptionInfo", "EncryptionInTransit", "ClientBroker"]
	f := finding.at(cluster, path, finding.format("%s accepts plaintext client connections (ClientBroker %s)", [cluster.id, broker]))
}

deny contains f if {
	some cluster in cfn.resources("AWS::MSK::Cluster")
	cfn.is_false(cluster.properties.EncryptionInfo.EncryptionInTransit.InCluster)
	path := ["properties", "EncryptionInfo", "EncryptionInTransit", "InCluster"]
	f := finding.at(cluster, path, finding.format("%s replicates between brokers without TLS (InCluster false)", [cluster.id]))
}
