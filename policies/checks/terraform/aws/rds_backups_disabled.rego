# METADATA
# title: RDS automated backups are disabled or kept too briefly
# description: >-
#   An aws_db_instance sets backup_retention_period to 0, which turns off
#   automated backups and point-in-time recovery, or to fewer than 7 days, which
#   leaves little time to notice and recover from corruption or deletion.
#   (The provider's default is 0 for instances restored from snapshots and 1 day
#   otherwise; aws_rds_cluster keeps at least 1 day.)
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html
# custom:
#   id: EVD-TF-005
#   severity: medium
#   remediation: >-
#     Set backup_retention_period to at least 7 days (35 for production health
#     data), and cover the instance by an AWS Backup plan with a vault lock.
#   selector:
#     input: terraform
#     resources: [aws_db_instance, aws_rds_cluster]
#   controls:
#     hipaa: ["164.308(a)(7)(ii)(A)", "164.308(a)(7)(i)", "164.312(a)(2)(ii)"]
#     gdpr: ["Art.32(1)(c)"]
#   rationale:
#     hipaa: Retrievable exact copies of ePHI are what the data backup plan requires, and they are the basis of the contingency and emergency access procedures.
#     gdpr: Backups are how availability and access to personal data are restored in a timely manner after an incident.
package evident.checks.terraform.rds_backups_disabled

import data.evident.lib.finding
import data.evident.lib.terraform

minimum_days := 7

deny contains f if {
	some type in ["aws_db_instance", "aws_rds_cluster"]
	some db in terraform.resources(type)
	days := db.config.backup_retention_period
	is_number(days)
	days < minimum_days
	f := finding.at(db, ["config", "backup_retention_period"], message(db, days))
}

message(db, 0) := finding.format("%s disables automated backups (backup_retention_period = 0)", [db.id])

message(db, days) := sprintf("%s keeps automated backups for only %d day(s); at least %d are expected", [db.id, days, minimum_days]) if days > 0
