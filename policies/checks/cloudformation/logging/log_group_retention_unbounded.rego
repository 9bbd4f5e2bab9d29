# METADATA
# title: CloudWatch log group keeps logs forever
# description: >-
#   An AWS::Logs::LogGroup has no RetentionInDays, so CloudWatch keeps every
#   event indefinitely. Logs that carry personal data are then stored far
#   longer than any purpose needs.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html#SettingLogRetention
# custom:
#   id: EVD-CFN-027
#   severity: medium
#   remediation: >-
#     Set RetentionInDays to the period your retention schedule defines (for
#     example 90 for application logs, 365 or more for audit logs).
#   selector:
#     input: cloudformation
#     resources: [AWS::Logs::LogGroup]
#   controls:
#     gdpr: ["Art.5(1)(e)"]
#   rationale:
#     gdpr: Storage limitation requires that personal data in logs is kept no longer than necessary; unbounded retention has no limit at all.
package evident.checks.cloudformation.log_group_retention_unbounded

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

deny contains f if {
	some group in cfn.resources("AWS::Logs::LogGroup")
	not values.has_key(group.properties, "RetentionInDays")
	f := finding.of(group, finding.format("%s has no RetentionInDays (log events are kept forever)", [group.id]))
}
