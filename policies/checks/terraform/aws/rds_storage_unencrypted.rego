# METADATA
# title: RDS database storage is not encrypted
# description: >-
#   An aws_db_instance, aws_rds_cluster or aws_rds_global_cluster does not set
#   storage_encrypted = true. RDS storage is unencrypted unless encryption is
#   chosen at creation time, and it cannot be turned on later without a
#   snapshot-copy-restore migration, so the database files, automated backups,
#   read replicas and snapshots of the instance all stay in clear text. An
#   Aurora global database (aws_rds_global_cluster) created without a source
#   cluster is unencrypted unless storage_encrypted = true (the provider's
#   default is false), and its member clusters take that setting. Not
#   reported: databases whose encryption comes from elsewhere, namely
#   instances that replicate another instance (replicate_source_db), restores
#   from a snapshot (snapshot_identifier) or to a point in time (a
#   restore_to_point_in_time block), members of a global cluster
#   (global_cluster_identifier; the global cluster is judged instead),
#   cross-region cluster replicas (replication_source_identifier) and global
#   clusters built from an existing cluster (source_db_cluster_identifier,
#   which take that cluster's encryption; the cluster is judged instead); and
#   a storage_encrypted value that is not known statically.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/rds_global_cluster#storage_encrypted
# custom:
#   id: EVD-TF-002
#   severity: high
#   remediation: >-
#     Set storage_encrypted = true and kms_key_id to a customer-managed KMS key.
#     For an existing database, snapshot it, copy the snapshot with encryption,
#     and restore from the encrypted copy. For a global database, set
#     storage_encrypted = true on the aws_rds_global_cluster (or build it from
#     an encrypted cluster with source_db_cluster_identifier).
#   selector:
#     input: terraform
#     resources: [aws_db_instance, aws_rds_cluster, aws_rds_global_cluster]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(a)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: Encryption at rest of the database that stores ePHI is the encryption and decryption specification and a basic risk-management measure.
#     gdpr: Encryption of personal data at rest is a measure Art. 32(1)(a) names, and serves the confidentiality principle.
package evident.checks.terraform.rds_storage_unencrypted

import data.evident.lib.aws
import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some type in ["aws_db_instance", "aws_rds_cluster", "aws_rds_global_cluster"]
	some db in terraform.resources(type)
	not aws.storage_encryption_inherited(db)
	values.is_false_or_absent(db.config, "storage_encrypted")
	f := located(db)
}

located(db) := finding.at(db, ["config", "storage_encrypted"], finding.format("%s sets storage_encrypted = false", [db.id])) if {
	db.config.storage_encrypted == false
} else := finding.of(db, finding.format("%s does not set storage_encrypted = true (RDS storage is unencrypted by default)", [db.id]))
