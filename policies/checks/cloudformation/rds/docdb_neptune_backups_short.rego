# METADATA
# title: DocumentDB or Neptune backups are kept too briefly
# description: >-
#   An AWS::DocDB::DBCluster or AWS::Neptune::DBCluster keeps automated backups
#   (and with them point-in-time recovery) for fewer than 7 days:
#   BackupRetentionPeriod is set below 7, or left out, which gives the default
#   of 1 day. A corrupted or deleted record that is noticed after a weekend can
#   then no longer be restored. Not reported when left out: clusters restored
#   from a snapshot or a point in time (SnapshotIdentifier, RestoreType,
#   SourceDBClusterIdentifier), members of a global cluster
#   (GlobalClusterIdentifier), and values the template leaves undecided.
# related_resources:
#   - ref: https://docs.aws.amazon.com/documentdb/latest/developerguide/backup_restore-understanding_backups.html
#   - ref: https://docs.aws.amazon.com/neptune/latest/userguide/backup-restore-overview-backups.html
# custom:
#   id: EVD-CFN-110
#   severity: medium
#   remediation: >-
#     Set BackupRetentionPeriod to at least 7 days (up to 35), and cover the
#     cluster by an AWS Backup plan for longer retention.
#   selector:
#     input: cloudformation
#     resources: ["AWS::DocDB::DBCluster", "AWS::Neptune::DBCluster"]
#   controls:
#     hipaa: ["164.308(a)(7)(ii)(A)", "164.308(a)(7)(i)", "164.312(c)(1)"]
#     gdpr: ["Art.32(1)(c)"]
#   rationale:
#     hipaa: A data backup plan must keep retrievable exact copies of ePHI long enough to recover from loss or improper alteration.
#     gdpr: The ability to restore personal data in a timely manner after an incident is a measure Art. 32(1)(c) names.
package evident.checks.cloudformation.docdb_neptune_backups_short

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

minimum_days := 7

deny contains f if {
	some db in cfn.resources_of(["AWS::DocDB::DBCluster", "AWS::Neptune::DBCluster"])
	days := cfn.number(db.properties.BackupRetentionPeriod)
	days < minimum_days
	f := finding.at(db, ["properties", "BackupRetentionPeriod"], finding.format("%s keeps automated backups for only %d day(s); at least %d are expected", [db.id, days, minimum_days]))
}

deny contains f if {
	some db in cfn.resources_of(["AWS::DocDB::DBCluster", "AWS::Neptune::DBCluster"])
	values.absent_or_null(db.properties, "BackupRetentionPeriod")
	every key in ["SnapshotIdentifier", "RestoreType", "SourceDBClusterIdentifier", "GlobalClusterIdentifier"] {
		values.absent_or_null(db.properties, key)
	}
	f := finding.of(db, finding.format("%s does not set BackupRetentionPeriod, so automated backups are kept for the default 1 day; at least %d are expected", [db.id, minimum_days]))
}
