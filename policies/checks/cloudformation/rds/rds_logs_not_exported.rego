# METADATA
# title: RDS database does not export its logs to CloudWatch
# description: >-
#   An AWS::RDS::DBCluster, or an AWS::RDS::DBInstance outside an Aurora
#   cluster, has no EnableCloudwatchLogsExports (or an empty list). The
#   engine's audit, error and connection logs then stay on the instance, are
#   rotated away within days and cannot be searched or alerted on.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.Procedural.UploadtoCloudWatch.html
# custom:
#   id: EVD-CFN-010
#   severity: low
#   remediation: >-
#     Set EnableCloudwatchLogsExports to the engine's logs (postgresql; audit,
#     error, general, slowquery for MySQL) and turn on the engine's audit
#     logging (pgaudit, the MariaDB audit plugin) in the parameter group.
#   selector:
#     input: cloudformation
#     resources: [AWS::RDS::DBInstance, AWS::RDS::DBCluster]
#   controls:
#     hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#     gdpr: ["Art.5(2)", "Art.32(1)(d)"]
#   rationale:
#     hipaa: Database activity logs are the audit controls of the system that holds ePHI and feed information system activity review.
#     gdpr: Retained database logs let the controller demonstrate accountability and evaluate the effectiveness of its security measures.
package evident.checks.cloudformation.rds_logs_not_exported

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

deny contains f if {
	some db in cfn.resources_of(["AWS::RDS::DBInstance", "AWS::RDS::DBCluster"])
	not cfn.given(db.properties, "DBClusterIdentifier")
	not values.has_key(db.properties, "EnableCloudwatchLogsExports")
	f := finding.of(db, finding.format("%s has no EnableCloudwatchLogsExports (database logs are not kept in CloudWatch)", [db.id]))
}

deny contains f if {
	some db in cfn.resources_of(["AWS::RDS::DBInstance", "AWS::RDS::DBCluster"])
	not cfn.given(db.properties, "DBClusterIdentifier")
	db.properties.EnableCloudwatchLogsExports == []
	f := finding.at(db, ["properties", "EnableCloudwatchLogsExports"], finding.format("%s sets EnableCloudwatchLogsExports to an empty list", [db.id]))
}
