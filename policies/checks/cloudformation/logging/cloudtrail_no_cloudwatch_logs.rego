# METADATA
# title: CloudTrail trail does not deliver to CloudWatch Logs
# description: >-
#   An AWS::CloudTrail::Trail has no CloudWatchLogsLogGroupArn (or an empty
#   one), so its events reach only the S3 bucket. Without a CloudWatch Logs log
#   group, no metric filter or alarm can watch the trail as events arrive
#   (root sign-ins, failed console logins, IAM and key policy changes, trails
#   being stopped), and activity review depends on someone querying the bucket
#   later. A value that is not known statically (a parameter without default,
#   Fn::If, Fn::ImportValue) is not reported. Low severity: the trail still
#   records every event in S3; what is missing is timely detection.
# related_resources:
#   - ref: https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-cloudtrail-trail.html#cfn-cloudtrail-trail-cloudwatchlogsloggrouparn
# custom:
#   id: EVD-CFN-087
#   severity: low
#   remediation: >-
#     Set CloudWatchLogsLogGroupArn to !GetAtt <LogGroup>.Arn and
#     CloudWatchLogsRoleArn to a role that cloudtrail.amazonaws.com may assume
#     with logs:CreateLogStream and logs:PutLogEvents on that group, then add
#     metric filters and alarms for the events to watch.
#   selector:
#     input: cloudformation
#     resources: [AWS::CloudTrail::Trail]
#   controls:
#     hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)", "164.308(a)(3)(ii)(A)", "164.308(a)(6)(ii)"]
#     gdpr: ["Art.5(2)", "Art.32(1)(d)"]
#   rationale:
#     hipaa: Trail events in CloudWatch Logs can be examined and alarmed on as they happen, which activity review, workforce supervision and incident identification rely on.
#     gdpr: A monitored audit trail lets the controller detect and evaluate security events promptly (regular testing of the security measures) and demonstrate it (accountability).
package evident.checks.cloudformation.cloudtrail_no_cloudwatch_logs

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

deny contains f if {
	some trail in cfn.resources("AWS::CloudTrail::Trail")
	values.absent_or_null(trail.properties, "CloudWatchLogsLogGroupArn")
	f := finding.of(trail, finding.format("%s has no CloudWatchLogsLogGroupArn (trail events are not delivered to CloudWatch Logs)", [trail.id]))
}

deny contains f if {
	some trail in cfn.resources("AWS::CloudTrail::Trail")
	v := trail.properties.CloudWatchLogsLogGroupArn
	is_string(v)
	trim_space(v) == ""
	f := finding.at(trail, ["properties", "CloudWatchLogsLogGroupArn"], finding.format("%s sets CloudWatchLogsLogGroupArn to an empty string (trail events are not delivered to CloudWatch Logs)", [trail.id]))
}
