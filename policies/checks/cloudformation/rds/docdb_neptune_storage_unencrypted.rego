# METADATA
# title: DocumentDB or Neptune cluster storage is not encrypted
# description: >-
#   An AWS::DocDB::DBCluster or AWS::Neptune::DBCluster, or a DocumentDB or
#   Neptune global cluster (AWS::DocDB::GlobalCluster,
#   AWS::Neptune::GlobalCluster), does not set StorageEncrypted to true (it is
#   absent, null or false). Clusters and global clusters that CloudFormation
#   creates are unencrypted unless StorageEncrypted is true (a global
#   cluster's member clusters take its setting), and encryption can only be
#   chosen when the cluster is created, so the documents or graph, its
#   indexes, automated backups, snapshots and replicas all stay in clear
#   text. Not reported: clusters whose encryption comes from elsewhere, namely
#   restores from a snapshot (SnapshotIdentifier) or to a point in time of
#   another cluster (SourceDBClusterIdentifier), members of a global cluster
#   (GlobalClusterIdentifier; the global cluster is judged instead) and global
#   clusters built from an existing cluster (SourceDBClusterIdentifier, which
#   take that cluster's encryption; the cluster is judged instead); and a
#   StorageEncrypted value that is not known statically (a Ref to a parameter
#   without default, an undecidable Fn::If). RestoreType, RestoreToTime and
#   UseLatestRestorableTime alone do not make a restore (they only qualify a
#   SourceDBClusterIdentifier), so a cluster that sets them without a source
#   is judged.
# related_resources:
#   - ref: https://docs.aws.amazon.com/documentdb/latest/developerguide/encryption-at-rest.html
#   - ref: https://docs.aws.amazon.com/neptune/latest/userguide/encrypt.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-docdb-dbcluster.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-neptune-dbcluster.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-docdb-globalcluster.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-neptune-globalcluster.html
# custom:
#   id: EVD-CFN-044
#   severity: high
#   remediation: >-
#     Set StorageEncrypted to true and KmsKeyId to a customer-managed KMS key.
#     For an existing cluster, take a snapshot and restore it into a new
#     cluster with StorageEncrypted and a KMS key. For a global cluster, set
#     StorageEncrypted to true on it (or build it from an encrypted cluster
#     with SourceDBClusterIdentifier).
#   selector:
#     input: cloudformation
#     resources: [AWS::DocDB::DBCluster, AWS::Neptune::DBCluster, AWS::DocDB::GlobalCluster, AWS::Neptune::GlobalCluster]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(a)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: Encryption at rest of the document or graph database that stores ePHI is the encryption and decryption specification and a basic risk-management measure.
#     gdpr: Encryption of personal data at rest is a measure Art. 32(1)(a) names, and serves the confidentiality principle.
package evident.checks.cloudformation.docdb_neptune_storage_unencrypted

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding

# services: the cluster types judged, with the service name the message gives.
services := {
	"AWS::DocDB::DBCluster": "DocumentDB", "AWS::Neptune::DBCluster": "Neptune",
	"AWS::DocDB::GlobalCluster": "DocumentDB", "AWS::Neptune::GlobalCluster": "Neptune",
}

deny contains f if {
	some type, service in services
	some cluster in cfn.resources(type)
	not cfn.storage_encryption_inherited(cluster)
	cfn.not_enabled(cluster.properties, "StorageEncrypted")
	f := located(cluster, service)
}

located(cluster, service) := finding.at(cluster, ["properties", "StorageEncrypted"], finding.format("%s sets StorageEncrypted to false", [cluster.id])) if {
	cfn.is_false(cluster.properties.StorageEncrypted)
} else := finding.of(cluster, finding.format("%s does not set StorageEncrypted: true (%s storage is unencrypted by default)", [cluster.id, service]))
