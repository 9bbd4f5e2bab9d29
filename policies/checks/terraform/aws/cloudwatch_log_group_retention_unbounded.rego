# METADATA
# title: CloudWatch log group keeps logs forever
# description: >-
#   An aws_cloudwatch_log_group sets no retention_in_days, or sets it to 0:
#   CloudWatch then never expires the log events. Application logs contain
#   personal data (identifiers, IP addresses, request details), and keeping
#   them without a time limit conflicts with storage limitation; an explicit
#   retention also makes the retention decision reviewable.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutRetentionPolicy.html
# custom:
#   id: EVD-TF-020
#   severity: medium
#   remediation: >-
#     Set retention_in_days to the period your retention schedule gives for
#     these logs (e.g. 365 or 400 days for audit-relevant logs).
#   selector:
#     input: terraform
#     resources: [aws_cloudwatch_log_group]
#   controls:
#     gdpr: ["Art.5(1)(e)"]
#   rationale:
#     gdpr: Personal data in logs must not be kept longer than necessary; an unbounded retention has no limit at all.
package evident.checks.terraform.cloudwatch_log_group_retention_unbounded

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some group in terraform.resources("aws_cloudwatch_log_group")
	not values.has_key(group.config, "retention_in_days")
	f := finding.of(group, finding.format("%s sets no retention_in_days (log events never expire)", [group.id]))
}

deny contains f if {
	some group in terraform.resources("aws_cloudwatch_log_group")
	terraform.number(group.config.retention_in_days) == 0
	f := finding.at(group, ["config", "retention_in_days"], finding.format("%s sets retention_in_days = 0 (log events never expire)", [group.id]))
}
