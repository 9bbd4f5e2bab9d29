# METADATA
# title: RDS database logs are not exported to CloudWatch
# description: >-
#   An aws_db_instance or aws_rds_cluster sets no enabled_cloudwatch_logs_exports
#   (or an empty list). The database's own logs (PostgreSQL logs, MySQL audit,
#   error and slow-query logs) then stay on the instance, are rotated away
#   within days, and are not available to review who connected and what
#   failed.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.Procedural.UploadtoCloudWatch.html
# custom:
#   id: EVD-TF-048
#   severity: low
#   remediation: >-
#     Set enabled_cloudwatch_logs_exports, e.g. ["postgresql"] for PostgreSQL or
#     ["audit", "error", "slowquery"] for MySQL (with an audit plugin option
#     group), and a retention on the log groups.
#   selector:
#     input: terraform
#     resources: [aws_db_instance, aws_rds_cluster]
#   controls:
#     hipaa: ["164.312(b)", "164.308(a)(5)(ii)(C)"]
#     gdpr: ["Art.32(1)(d)", "Art.30(1)"]
#   rationale:
#     hipaa: Database connection and audit logs support audit controls and log-in monitoring for ePHI stores.
#     gdpr: Database logs support evaluating the security of processing and investigating incidents.
package evident.checks.terraform.rds_log_exports_disabled

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some type in ["aws_db_instance", "aws_rds_cluster"]
	some db in terraform.resources(type)
	not values.has_key(db.config, "enabled_cloudwatch_logs_exports")
	f := finding.of(db, finding.format("%s exports no logs to CloudWatch (enabled_cloudwatch_logs_exports is not set)", [db.id]))
}

deny contains f if {
	some type in ["aws_db_instance", "aws_rds_cluster"]
	some db in terraform.resources(type)
	db.config.enabled_cloudwatch_logs_exports == []
	f := finding.at(db, ["config", "enabled_cloudwatch_logs_exports"], finding.format("%s exports no logs to CloudWatch (enabled_cloudwatch_logs_exports is empty)", [db.id]))
}
