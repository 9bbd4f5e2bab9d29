# METADATA
# title: DocumentDB or Neptune cluster does not export its audit log to CloudWatch
# description: >-
#   An AWS::DocDB::DBCluster or AWS::Neptune::DBCluster has no
#   EnableCloudwatchLogsExports (neither exports any log by default), or a
#   list without audit. The cluster's audit log, the record of authentication
#   attempts and of who read or changed which collections or graph data, then
#   stays on the instances, where it is rotated away, and cannot be reviewed
#   or alerted on. Only the export is judged: both engines also need audit
#   logging turned on in the cluster parameter group (audit_logs for
#   DocumentDB, neptune_enable_audit_log for Neptune) to write audit events at
#   all, which this check does not verify; the profiler (DocumentDB) and
#   slowquery (Neptune) logs are not required. Not reported: a list, or an
#   item of it, that is not known statically (a Ref to a parameter without
#   default, an undecidable Fn::If).
# related_resources:
#   - ref: https://docs.aws.amazon.com/documentdb/latest/developerguide/event-auditing.html
#   - ref: https://docs.aws.amazon.com/neptune/latest/userguide/auditing.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-docdb-dbcluster.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-neptune-dbcluster.html
# custom:
#   id: EVD-CFN-045
#   severity: low
#   remediation: >-
#     Add audit to EnableCloudwatchLogsExports, turn audit logging on in the
#     cluster parameter group (audit_logs: enabled or all for DocumentDB,
#     neptune_enable_audit_log: 1 for Neptune), and give the
#     /aws/docdb/<cluster>/audit or /aws/neptune/<cluster>/audit log group a
#     retention and a KMS key.
#   selector:
#     input: cloudformation
#     resources: [AWS::DocDB::DBCluster, AWS::Neptune::DBCluster]
#   controls:
#     hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#     gdpr: ["Art.30(1)", "Art.5(2)"]
#   rationale:
#     hipaa: The database audit log records access to the ePHI the cluster stores, as audit controls and information system activity review require.
#     gdpr: A record of who accessed the personal data in the cluster helps the controller demonstrate accountability for processing.
package evident.checks.cloudformation.docdb_neptune_audit_logs_disabled

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

deny contains f if {
	some cluster in cfn.resources_of(["AWS::DocDB::DBCluster", "AWS::Neptune::DBCluster"])
	values.absent_or_null(cluster.properties, "EnableCloudwatchLogsExports")
	f := finding.of(cluster, finding.format("%s has no EnableCloudwatchLogsExports: the audit log is not sent to CloudWatch", [cluster.id]))
}

deny contains f if {
	some cluster in cfn.resources_of(["AWS::DocDB::DBCluster", "AWS::Neptune::DBCluster"])
	logs := cluster.properties.EnableCloudwatchLogsExports
	is_array(logs)
	every log in logs {
		not values.is_unknown(log)
	}
	not "audit" in logs
	f := finding.at(cluster, ["properties", "EnableCloudwatchLogsExports"], finding.format("%s EnableCloudwatchLogsExports leaves out audit: the audit log is not sent to CloudWatch", [cluster.id]))
}
