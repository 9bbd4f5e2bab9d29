# METADATA
# title: DocumentDB or Neptune cluster does not export its audit log to CloudWatch
# description: >-
#   An aws_docdb_cluster whose enabled_cloudwatch_logs_exports, or an
#   aws_neptune_cluster whose enable_cloudwatch_logs_exports (the two
#   resources spell the argument differently), is not set (neither exports
#   any log by default) or is a list without "audit". The cluster's audit
#   log, the record of authentication attempts and of who read or changed
#   which collections or graph data, then stays on the instances, where it is
#   rotated away, and cannot be reviewed or alerted on. Only the export is
#   judged: both engines also need audit logging turned on in the cluster
#   parameter group (audit_logs for DocumentDB, neptune_enable_audit_log for
#   Neptune) to write audit events at all, which this check does not verify;
#   the profiler (DocumentDB) and slowquery (Neptune) logs are not required.
#   Not reported: a list that is not known statically, or has an item that is
#   not.
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
#     resources: [aws_docdb_cluster, aws_neptune_cluster]
#   controls:
#     hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#     gdpr: ["Art.30(1)", "Art.5(2)"]
#   rationale:
#     hipaa: The database audit log records access to the ePHI the cluster stores, as audit controls and information system activity review require.
#     gdpr: A record of who accessed the personal data in the cluster helps the controller demonstrate accountability for processing.
package evident.checks.terraform.docdb_neptune_audit_logs_disabled

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
