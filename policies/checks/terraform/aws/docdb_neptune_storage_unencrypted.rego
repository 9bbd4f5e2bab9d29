# METADATA
# title: DocumentDB or Neptune cluster storage is not encrypted
# description: >-
#   An aws_docdb_cluster or aws_neptune_cluster, or a DocumentDB or Neptune
#   global cluster (aws_docdb_global_cluster, aws_neptune_global_cluster),
#   does not set storage_encrypted = true (it is absent, null or false). The
#   provider creates them unencrypted by default (storage_encrypted defaults
#   to false; a global cluster's member clusters take its setting), and
#   encryption can only be chosen when the cluster is created, so the
#   documents or graph, its indexes, automated backups, snapshots and replicas
#   all stay in clear text. Not reported: clusters whose encryption comes from
#   elsewhere, namely restores from a snapshot (snapshot_identifier) or to a
#   point in time (a restore_to_point_in_time block), members of a global
#   cluster (global_cluster_identifier; the global cluster is judged instead),
#   Neptune read replicas (replication_source_identifier) and global clusters
#   built from an existing cluster (source_db_cluster_identifier, which take
#   that cluster's encryption; the cluster is judged instead); and a
#   storage_encrypted value that is not known statically. DocumentDB elastic
#   clusters (aws_docdbelastic_cluster) are always encrypted and are not
#   judged.
# related_resources:
#   - ref: https://docs.aws.amazon.com/documentdb/latest/developerguide/encryption-at-rest.html
#   - ref: https://docs.aws.amazon.com/neptune/latest/userguide/encrypt.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/docdb_cluster#storage_encrypted
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/neptune_cluster#storage_encrypted
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/docdb_global_cluster#storage_encrypted
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/neptune_global_cluster#storage_encrypted
# custom:
#   id: EVD-TF-068
#   severity: high
#   remediation: >-
#     Set storage_encrypted = true and kms_key_id (DocumentDB) or kms_key_arn
#     (Neptune) to a customer-managed KMS key. For an existing cluster, take a
#     snapshot and restore it into a new cluster with encryption and a KMS key.
#     For a global cluster, set storage_encrypted = true on it (or build it
#     from an encrypted cluster with source_db_cluster_identifier).
#   selector:
#     input: terraform
#     resources: [aws_docdb_cluster, aws_neptune_cluster, aws_docdb_global_cluster, aws_neptune_global_cluster]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(a)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: Encryption at rest of the document or graph database that stores ePHI is the encryption and decryption specification and a basic risk-management measure.
#     gdpr: Encryption of personal data at rest is a measure Art. 32(1)(a) names, and serves the confidentiality principle.
package evident.checks.terraform.docdb_neptune_storage_unencrypted

import data.evident.lib.aws
import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

# services: the cluster types judged, with the service name the message gives.
services := {
	"aws_docdb_cluster": "DocumentDB", "aws_neptune_cluster": "Neptune",
	"aws_docdb_global_cluster": "DocumentDB", "aws_neptune_global_cluster": "Neptune",
}

deny contains f if {
	some type, service in services
	some cluster in terraform.resources(type)
	not aws.storage_encryption_inherited(cluster)
	values.is_false_or_absent(cluster.config, "storage_encrypted")
	f := located(cluster, service)
}

located(cluster, service) := finding.at(cluster, ["config", "storage_encrypted"], finding.format("%s sets storage_encrypted = false", [cluster.id])) if {
	cluster.config.storage_encrypted == false
} else := finding.of(cluster, finding.format("%s does not set storage_encrypted = true (%s storage is unencrypted by default)", [cluster.id, service]))
