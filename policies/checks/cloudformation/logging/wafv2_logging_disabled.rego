# METADATA
# title: WAFv2 web ACL has no logging configuration
# description: >-
#   An AWS::WAFv2::WebACL has no AWS::WAFv2::LoggingConfiguration whose
#   ResourceArn refers to it (!GetAtt <WebACL>.Arn, a Ref, or a Fn::Sub that
#   names it). WAF does not log the requests it inspects by default, so the
#   attacks it blocked or let through in front of applications that serve
#   personal or health data (the client, the rule that matched, the action
#   taken) are recorded nowhere, and an incident cannot be traced back through
#   the firewall. A logging configuration whose ResourceArn is not known
#   statically and is not a reference to a web ACL of this template (a
#   parameter, Fn::ImportValue, a nested stack's output) may belong to any web
#   ACL: the check then stays silent, and so it does for a web ACL passed to a
#   nested stack (AWS::CloudFormation::Stack or AWS::Serverless::Application
#   Parameters), which may create its logging configuration. A literal ARN
#   names a web ACL that already exists, not one this template creates, and
#   does not silence the check. Which destination receives the logs, and the
#   redacted fields or logging filter, are not judged.
# related_resources:
#   - ref: https://docs.aws.amazon.com/waf/latest/developerguide/logging.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-wafv2-loggingconfiguration.html
# custom:
#   id: EVD-CFN-089
#   severity: low
#   remediation: >-
#     Add an AWS::WAFv2::LoggingConfiguration with ResourceArn !GetAtt
#     <WebACL>.Arn and LogDestinationConfigs set to a CloudWatch Logs log group,
#     S3 bucket or Firehose stream whose name starts with aws-waf-logs-,
#     redacting headers that carry credentials (RedactedFields).
#   selector:
#     input: cloudformation
#     resources: [AWS::WAFv2::WebACL, AWS::WAFv2::LoggingConfiguration]
#   controls:
#     hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#     gdpr: ["Art.32(1)(d)"]
#   rationale:
#     hipaa: Web ACL logs record the requests reaching systems that serve ePHI and what the firewall did with them, for audit controls and activity review.
#     gdpr: Firewall logs let the controller evaluate whether the filtering in front of personal data works and investigate attacks.
package evident.checks.cloudformation.wafv2_logging_disabled

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

deny contains f if {
	some acl in cfn.resources("AWS::WAFv2::WebACL")
	not has_logging(acl)
	not unattributed
	not cfn.passed_to_nested_stack(acl)
	f := finding.of(acl, finding.format("%s has no AWS::WAFv2::LoggingConfiguration (the requests it inspects are not logged)", [acl.id]))
}

has_logging(acl) if {
	some logging in cfn.resources("AWS::WAFv2::LoggingConfiguration")
	values.refers_to(logging.properties.ResourceArn, acl.id)
}

# unattributed: a logging configuration names its web ACL with an unknown value
# that is not a reference to a web ACL of this template: it may be any web
# ACL's. A complete rule: evaluated once per template.
unattributed if cfn.unattributed(cfn.resources("AWS::WAFv2::LoggingConfiguration"), "ResourceArn", "AWS::WAFv2::WebACL")
