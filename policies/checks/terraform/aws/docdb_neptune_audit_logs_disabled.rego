# METADATA
# title: DocumentDB or Neptune cluster sends no audit log to CloudWatch
# description: >-
#   An aws_docdb_cluster whose enabled_cloudwatch_logs_exports, or an
#   aws_neptune_cluster whose enable_cloudwatch_logs_exports (the two
#   resources spell the argument differently), is not set (neither exports
#   any log by default) or is a list without "audit". The cluster's audit
#   log, the record of authentication attempts and of who read or changed
#   which collections or graph data, then stays on the instances, where it is
#   rotated away, and cannot be reviewed or alerted on. A cluster that does
#   export "audit" is reported too when its cluster parameter group does not
#   turn audit logging on: both engines write no audit event unless the group
#   sets audit_logs (DocumentDB: enabled, all, or a list of event kinds) or
#   neptune_enable_audit_log = 1 (Neptune), and it is off in the default
#   groups (default.docdb5.0, default.neptune1.3…), which a cluster without
#   db_cluster_parameter_group_name / neptune_cluster_parameter_group_name
#   uses. The exported log then stays empty. The profiler (DocumentDB) and
#   slowquery (Neptune) logs are not required. Not reported: a list that is not known statically, or has an
#   item that is not; a parameter group that is not a resource of the module
#   (a literal name of a group made elsewhere, a variable) or that writes its
#   parameters in a dynamic block; a parameter value not known statically.
# related_resources:
#   - ref: https://docs.aws.amazon.com/documentdb/latest/developerguide/event-auditing.html
#   - ref: https://docs.aws.amazon.com/neptune/latest/userguide/auditing.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/docdb_cluster#enabled_cloudwatch_logs_exports
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/neptune_cluster#enable_cloudwatch_logs_exports
# custom:
#   id: EVD-TF-069
#   severity: low
#   remediation: >-
#     Add "audit" to enabled_cloudwatch_logs_exports (aws_docdb_cluster) or
#     enable_cloudwatch_logs_exports (aws_neptune_cluster), turn audit logging
#     on in the cluster parameter group (audit_logs = enabled or all for
#     DocumentDB, neptune_enable_audit_log = 1 for Neptune), and give the
#     /aws/docdb/<cluster>/audit or /aws/neptune/<cluster>/audit log group a
#     retention and a KMS key.
#   selector:
#     input: terraform
#     resources: [aws_docdb_cluster, aws_neptune_cluster, aws_docdb_cluster_parameter_group, aws_neptune_cluster_parameter_group]
#   controls:
#     hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#     gdpr: ["Art.30(1)", "Art.5(2)"]
#   rationale:
#     hipaa: The database audit log records access to the ePHI the cluster stores, as audit controls and information system activity review require.
#     gdpr: A record of who accessed the personal data in the cluster helps the controller demonstrate accountability for processing.
package evident.checks.terraform.docdb_neptune_audit_logs_disabled

import data.evident.lib.aws
import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

# exports: the argument that lists the exported logs, per cluster type.
exports := {"aws_docdb_cluster": "enabled_cloudwatch_logs_exports", "aws_neptune_cluster": "enable_cloudwatch_logs_exports"}

deny contains f if {
	some type, key in exports
	some cluster in terraform.resources(type)
	values.absent_or_null(cluster.config, key)
	f := finding.of(cluster, finding.format("%s sets no %s: the audit log is not sent to CloudWatch", [cluster.id, key]))
}

deny contains f if {
	some type, key in exports
	some cluster in terraform.resources(type)
	logs := cluster.config[key]
	is_array(logs)
	not has_unknown(logs)
	not "audit" in logs
	f := finding.at(cluster, ["config", key], finding.format("%s %s leaves out \"audit\": the audit log is not sent to CloudWatch", [cluster.id, key]))
}

# has_unknown(logs): an item is unknown (it may be "audit").
has_unknown(logs) if {
	some log in logs
	values.is_unknown(log)
}

deny contains f if {
	some type, setting in audit_settings
	some cluster in terraform.resources(type)
	"audit" in cluster.config[exports[type]]
	default_group(cluster.config, setting.group_argument)
	f := finding.of(cluster, finding.format("%s exports its audit log but uses a default cluster parameter group, where %s is off: the log stays empty", [cluster.id, setting.parameter]))
}

deny contains f if {
	some type, setting in audit_settings
	some cluster in terraform.resources(type)
	"audit" in cluster.config[exports[type]]
	some group in terraform.resources(setting.group_type)
	terraform.points_at(cluster.config[setting.group_argument], group, "name")
	not terraform.dynamic(group.config, "parameter")
	not audit_on_or_unknown(group, setting)
	f := finding.at(cluster, ["config", setting.group_argument], finding.format("%s exports its audit log but its parameter group %s does not turn %s on: the log stays empty", [cluster.id, group.id, setting.parameter]))
}

# audit_settings: per cluster type, the argument naming its cluster parameter group, the
# type of that group and the parameter that turns audit logging on.
audit_settings := {
	"aws_docdb_cluster": {"group_argument": "db_cluster_parameter_group_name", "group_type": "aws_docdb_cluster_parameter_group", "parameter": "audit_logs"},
	"aws_neptune_cluster": {"group_argument": "neptune_cluster_parameter_group_name", "group_type": "aws_neptune_cluster_parameter_group", "parameter": "neptune_enable_audit_log"},
}

# audit_on_or_unknown(group, setting): the group sets the audit parameter to a value that
# turns audit logging on, or to one not known statically.
audit_on_or_unknown(group, setting) if {
	some p in terraform.blocks(group.config, "parameter")
	p.name == setting.parameter
	not aws.audit_parameter_off(p.value)
}

audit_on_or_unknown(group, _) if {
	some p in terraform.blocks(group.config, "parameter")
	values.is_unknown(p.name)
}

# default_group(obj, key): the cluster names no parameter group, or names a default one
# (default.docdb5.0, default.neptune1.3), whose audit parameter is off.
default_group(obj, key) if values.absent_or_null(obj, key)

default_group(obj, key) if aws.default_parameter_group(obj[key])
