# METADATA
# title: RDS database storage is not encrypted
# description: >-
#   An AWS::RDS::DBInstance, AWS::RDS::DBCluster or AWS::RDS::GlobalCluster
#   does not set StorageEncrypted to true. RDS storage is unencrypted unless
#   encryption is chosen at creation time, and it cannot be turned on later
#   without a snapshot-copy-restore migration, so the database files,
#   automated backups, read replicas and snapshots all stay in clear text. An
#   Aurora global database (AWS::RDS::GlobalCluster) created without a source
#   cluster is unencrypted unless StorageEncrypted is true, and its member
#   clusters take that setting. Not reported: instances of an Aurora cluster
#   (DBClusterIdentifier; the cluster decides), read replicas and restores
#   from a snapshot (they inherit the source's encryption), members of a
#   global cluster (GlobalClusterIdentifier; the global cluster is judged
#   instead), global clusters built from an existing cluster
#   (SourceDBClusterIdentifier, which take that cluster's encryption; the
#   cluster is judged instead), Aurora Serverless v1 clusters (always
#   encrypted; EngineMode serverless, in any case), and a StorageEncrypted or
#   EngineMode value that is not known statically (a Ref to a parameter
#   without default, an undecidable Fn::If).
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-rds-globalcluster.html
# custom:
#   id: EVD-CFN-006
#   severity: high
#   remediation: >-
#     Set StorageEncrypted to true and KmsKeyId to a customer-managed KMS key.
#     For an existing database, snapshot it, copy the snapshot with encryption,
#     and restore from the encrypted copy. For a global database, set
#     StorageEncrypted to true on the AWS::RDS::GlobalCluster (or build it
#     from an encrypted cluster with SourceDBClusterIdentifier).
#   selector:
#     input: cloudformation
#     resources: [AWS::RDS::DBInstance, AWS::RDS::DBCluster, AWS::RDS::GlobalCluster]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(a)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: Encryption at rest of the database that stores ePHI is the encryption and decryption specification and a basic risk-management measure.
#     gdpr: Encryption of personal data at rest is a measure Art. 32(1)(a) names, and serves the confidentiality principle.
package evident.checks.cloudformation.rds_storage_unencrypted

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

deny contains f if {
	some type in ["AWS::RDS::DBInstance", "AWS::RDS::DBCluster", "AWS::RDS::GlobalCluster"]
	some db in cfn.resources(type)
	not cfn.storage_encryption_inherited(db)
	not serverless_v1(db.properties)
	cfn.not_enabled(db.properties, "StorageEncrypted")
	f := located(db)
}

# serverless_v1(props): an Aurora Serverless v1 cluster (EngineMode serverless,
# in any case), always encrypted, or one whose EngineMode is not known
# statically (it may be).
serverless_v1(props) if {
	is_string(props.EngineMode)
	lower(props.EngineMode) == "serverless"
}

serverless_v1(props) if values.is_unknown(props.EngineMode)

located(db) := finding.at(db, ["properties", "StorageEncrypted"], finding.format("%s sets StorageEncrypted to false", [db.id])) if {
	cfn.is_false(db.properties.StorageEncrypted)
} else := finding.of(db, finding.format("%s does not set StorageEncrypted: true (RDS storage is unencrypted by default)", [db.id]))
