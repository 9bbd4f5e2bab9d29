# METADATA
# title: CloudTrail trail does not deliver to CloudWatch Logs
# description: >-
#   An aws_cloudtrail sets no cloud_watch_logs_group_arn (or an empty one), so
#   its events reach only the S3 bucket. Without a CloudWatch Logs log group,
#   no metric filter or alarm can watch the trail as events arrive (root
#   sign-ins, failed console logins, IAM and key policy changes, trails being
#   stopped), and activity review depends on someone querying the bucket
#   later. A value that is not known statically (a variable without default,
#   another resource's ARN) is not reported. Low severity: the trail still
#   records every event in S3; what is missing is timely detection.
# related_resources:
#   - ref: https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudtrail#cloud_watch_logs_group_arn
# custom:
#   id: EVD-TF-219
#   severity: low
#   remediation: >-
#     Set cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*"
#     and cloud_watch_logs_role_arn to a role that cloudtrail.amazonaws.com may
#     assume with logs:CreateLogStream and logs:PutLogEvents on that group, then
#     add metric filters and alarms for the events to watch.
#   selector:
#     input: terraform
#     resources: [aws_cloudtrail]
#   controls:
#     hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)", "164.308(a)(3)(ii)(A)", "164.308(a)(6)(ii)"]
#     gdpr: ["Art.5(2)", "Art.32(1)(d)"]
#   rationale:
#     hipaa: Trail events in CloudWatch Logs can be examined and alarmed on as they happen, which activity review, workforce supervision and incident identification rely on.
#     gdpr: A monitored audit trail lets the controller detect and evaluate security events promptly (regular testing of the security measures) and demonstrate it (accountability).
package evident.checks.terraform.cloudtrail_no_cloudwatch_logs

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some trail in terraform.resources("aws_cloudtrail")
	values.absent_or_null(trail.config, "cloud_watch_logs_group_arn")
	f := finding.of(trail, finding.format("%s sets no cloud_watch_logs_group_arn (trail events are not delivered to CloudWatch Logs)", [trail.id]))
}

deny contains f if {
	some trail in terraform.resources("aws_cloudtrail")
	v := trail.config.cloud_watch_logs_group_arn
	is_string(v)
	trim_space(v) == ""
	f := finding.at(trail, ["config", "cloud_watch_logs_group_arn"], finding.format("%s sets cloud_watch_logs_group_arn to an empty string (trail events are not delivered to CloudWatch Logs)", [trail.id]))
}
