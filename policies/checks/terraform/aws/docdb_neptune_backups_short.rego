# METADATA
# title: DocumentDB or Neptune backups are kept too briefly
# description: >-
#   An aws_docdb_cluster or aws_neptune_cluster keeps automated backups (and
#   with them point-in-time recovery) for fewer than 7 days: backup_retention_period
#   is set below 7, or left out, which gives the default of 1 day. A corrupted
#   or deleted record that is noticed after a weekend can then no longer be
#   restored. Not reported when left out: clusters restored from a snapshot or
#   a point in time, or replicating from another cluster (snapshot_identifier,
#   restore_to_point_in_time, replication_source_identifier), members of a
#   global cluster (global_cluster_identifier), and any value that is not known.
# related_resources:
#   - ref: https://docs.aws.amazon.com/documentdb/latest/developerguide/backup_restore-understanding_backups.html
#   - ref: https://docs.aws.amazon.com/neptune/latest/userguide/backup-restore-overview-backups.html
# custom:
#   id: EVD-TF-265
#   severity: medium
#   remediation: >-
#     Set backup_retention_period to at least 7 days (up to 35), and cover the
#     cluster by an AWS Backup plan for longer retention.
#   selector:
#     input: terraform
#     resources: [aws_docdb_cluster, aws_neptune_cluster]
#   controls:
#     hipaa: ["164.308(a)(7)(ii)(A)", "164.308(a)(7)(i)", "164.312(c)(1)"]
#     gdpr: ["Art.32(1)(c)"]
#   rationale:
#     hipaa: A data backup plan must keep retrievable exact copies of ePHI long enough to recover from loss or improper alteration.
#     gdpr: The ability to restore personal data in a timely manner after an incident is a measure Art. 32(1)(c) names.
package evident.checks.terraform.docdb_neptune_backups_short

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

minimum_days := 7

deny contains f if {
	some db in terraform.resources_of({"aws_docdb_cluster", "aws_neptune_cluster"})
	days := terraform.number(db.config.backup_retention_period)
	days < minimum_days
	f := finding.at(db, ["config", "backup_retention_period"], finding.format("%s keeps automated backups for only %d day(s); at least %d are expected", [db.id, days, minimum_days]))
}

deny contains f if {
	some db in terraform.resources_of({"aws_docdb_cluster", "aws_neptune_cluster"})
	values.absent_or_null(db.config, "backup_retention_period")
	every key in ["snapshot_identifier", "restore_to_point_in_time", "replication_source_identifier", "global_cluster_identifier"] {
		values.absent_or_null(db.config, key)
	}
	f := finding.of(db, finding.format("%s does not set backup_retention_period, so automated backups are kept for the default 1 day; at least %d are expected", [db.id, minimum_days]))
}
