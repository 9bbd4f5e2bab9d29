# METADATA
# title: DocumentDB or Neptune cluster sends no audit log to CloudWatch
# description: >-
#   An AWS::DocDB::DBCluster or AWS::Neptune::DBCluster has no
#   EnableCloudwatchLogsExports (neither exports any log by default), or a
#   list without audit. The cluster's audit log, the record of authentication
#   attempts and of who read or changed which collections or graph data, then
#   stays on the instances, where it is rotated away, and cannot be reviewed
#   or alerted on. A cluster that does export audit is reported too when its
#   cluster parameter group does not turn audit logging on: both engines
#   write no audit event unless the group sets audit_logs (DocumentDB:
#   enabled, all, or a list of event kinds) or neptune_enable_audit_log: 1
#   (Neptune), and it is off in the default groups (default.docdb5.0,
#   default.neptune1.3…), which a cluster without DBClusterParameterGroupName
#   uses. The exported log then stays empty. The
#   profiler (DocumentDB) and slowquery (Neptune) logs are not required. Not
#   reported: a list, or an item of it, that is not known statically (a Ref
#   to a parameter without default, an undecidable Fn::If); a parameter group
#   that is not a resource of the template (a literal name of a group made
#   elsewhere, a parameter); Parameters or a value not known statically.
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
#     resources: [AWS::DocDB::DBCluster, AWS::Neptune::DBCluster, AWS::DocDB::DBClusterParameterGroup, AWS::Neptune::DBClusterParameterGroup]
#   controls:
#     hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#     gdpr: ["Art.30(1)", "Art.5(2)"]
#   rationale:
#     hipaa: The database audit log records access to the ePHI the cluster stores, as audit controls and information system activity review require.
#     gdpr: A record of who accessed the personal data in the cluster helps the controller demonstrate accountability for processing.
package evident.checks.cloudformation.docdb_neptune_audit_logs_disabled

import data.evident.lib.aws
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

deny contains f if {
	some type, setting in audit_settings
	some cluster in cfn.resources(type)
	"audit" in cluster.properties.EnableCloudwatchLogsExports
	default_group(cluster.properties, "DBClusterParameterGroupName")
	f := finding.of(cluster, finding.format("%s exports its audit log but uses a default cluster parameter group, where %s is off: the log stays empty", [cluster.id, setting.parameter]))
}

deny contains f if {
	some type, setting in audit_settings
	some cluster in cfn.resources(type)
	"audit" in cluster.properties.EnableCloudwatchLogsExports
	some group in cfn.resources(setting.group_type)
	cfn.points_at(cluster.properties.DBClusterParameterGroupName, group, "Name")
	parameters := group.properties.Parameters
	is_object(parameters)
	not values.is_unknown(parameters)
	not audit_on_or_unknown(parameters, setting.parameter)
	f := finding.at(cluster, ["properties", "DBClusterParameterGroupName"], finding.format("%s exports its audit log but its parameter group %s does not turn %s on: the log stays empty", [cluster.id, group.id, setting.parameter]))
}

# audit_settings: per cluster type, the type of its cluster parameter group and the parameter
# that turns audit logging on.
audit_settings := {
	"AWS::DocDB::DBCluster": {"group_type": "AWS::DocDB::DBClusterParameterGroup", "parameter": "audit_logs"},
	"AWS::Neptune::DBCluster": {"group_type": "AWS::Neptune::DBClusterParameterGroup", "parameter": "neptune_enable_audit_log"},
}

# audit_on_or_unknown(parameters, name): the group sets the audit parameter to a value that
# turns audit logging on, or to one not known statically.
audit_on_or_unknown(parameters, name) if not aws.audit_parameter_off(object.get(parameters, name, null))

# default_group(obj, key): the cluster names no parameter group, or names a default one
# (default.docdb5.0, default.neptune1.3), whose audit parameter is off.
default_group(obj, key) if values.absent_or_null(obj, key)

default_group(obj, key) if aws.default_parameter_group(obj[key])
