# METADATA
# title: RDS database storage is not encrypted
# description: >-
#   An AWS::RDS::DBInstance or AWS::RDS::DBCluster does not set
#   StorageEncrypted to true. RDS storage is unencrypted unless encryption is
#   chosen at creation time, and it cannot be turned on later without a
#   snapshot-copy-restore migration, so the database files, automated backups,
#   read replicas and snapshots all stay in clear text. Not reported: instances
#   of an Aurora cluster (DBClusterIdentifier; the cluster decides), read
#   replicas and restores from a snapshot (they inherit the source's
#   encryption), and Aurora Serverless v1 clusters (always encrypted).
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html
# custom:
#   id: EVD-CFN-006
#   severity: high
#   remediation: >-
#     Set StorageEncrypted to true and KmsKeyId to a customer-managed KMS key.
#     For an existing database, snapshot it, copy the snapshot with encryption,
#     and restore from the encrypted copy.
#   selector:
#     input: cloudformation
#     resources: [AWS::RDS::DBInstance, AWS::RDS::DBCluster]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(a)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: Encryption at rest of the database that stores ePHI is the encryption and decryption specification and a basic risk-management measure.
#     gdpr: Encryption of personal data at rest is a measure Art. 32(1)(a) names, and serves the confidentiality principle.
package evident.checks.cloudformation.rds_storage_unencrypted

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding

inherits := {
	"AWS::RDS::DBInstance": ["DBClusterIdentifier", "SourceDBInstanceIdentifier", "DBSnapshotIdentifier", "SourceDBClusterIdentifier"],
	"AWS::RDS::DBCluster": ["SnapshotIdentifier", "SourceDBClusterIdentifier", "ReplicationSourceIdentifier"],
}

deny contains f if {
	some type, keys in inherits
	some db in cfn.resources(type)
	not inherited(db.properties, keys)
	not lower(object.get(db.properties, "EngineMode", "")) == "serverless"
	cfn.not_enabled(db.properties, "StorageEncrypted")
	f := located(db)
}

inherited(props, keys) if {
	some key in keys
	cfn.given(props, key)
}

located(db) := finding.at(db, ["properties", "StorageEncrypted"], finding.format("%s sets StorageEncrypted to false", [db.id])) if {
	cfn.is_false(db.properties.StorageEncrypted)
} else := finding.of(db, finding.format("%s does not set StorageEncrypted: true (RDS storage is unencrypted by default)", [db.id]))
