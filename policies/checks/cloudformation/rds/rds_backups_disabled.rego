# METADATA
# title: RDS instance has automated backups turned off
# description: >-
#   An AWS::RDS::DBInstance sets BackupRetentionPeriod to 0, which turns off
#   automated backups and point-in-time recovery. Read replicas and instances
#   of an Aurora cluster (whose backups the cluster keeps) are not reported.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html
# custom:
#   id: EVD-CFN-008
#   severity: medium
#   remediation: >-
#     Set BackupRetentionPeriod to at least 7 days (35 for production data
#     that must be recoverable to a point in time).
#   selector:
#     input: cloudformation
#     resources: [AWS::RDS::DBInstance]
#   controls:
#     hipaa: ["164.308(a)(7)(ii)(A)", "164.308(a)(7)(i)", "164.312(a)(2)(ii)"]
#     gdpr: ["Art.32(1)(c)"]
#   rationale:
#     hipaa: The data backup plan requires retrievable exact copies of ePHI, and emergency access depends on them.
#     gdpr: Art. 32(1)(c) requires the ability to restore availability of and access to personal data in a timely manner.
package evident.checks.cloudformation.rds_backups_disabled

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding

deny contains f if {
	some db in cfn.resources("AWS::RDS::DBInstance")
	not cfn.given(db.properties, "SourceDBInstanceIdentifier")
	not cfn.given(db.properties, "DBClusterIdentifier")
	cfn.number(db.properties.BackupRetentionPeriod) == 0
	f := finding.at(db, ["properties", "BackupRetentionPeriod"], finding.format("%s sets BackupRetentionPeriod to 0 (automated backups are off)", [db.id]))
}
