# METADATA
# title: WAFv2 web ACL has no logging configuration
# description: >-
#   An aws_wafv2_web_acl has no aws_wafv2_web_acl_logging_configuration whose
#   resource_arn refers to it (aws_wafv2_web_acl.<name>.arn). WAF does not log
#   the requests it inspects by default, so the attacks it blocked or let
#   through in front of applications that serve personal or health data (the
#   client, the rule that matched, the action taken) are recorded nowhere, and
#   an incident cannot be traced back through the firewall. A logging
#   configuration whose resource_arn is not known statically and is not a
#   reference to a web ACL of this module (a variable, each.value, a module
#   output) may belong to any web ACL: the check then stays silent. So it does
#   for a web ACL passed to a local module that declares an
#   aws_wafv2_web_acl_logging_configuration, or to a registry or git module
#   whose code is not read: that module may configure it.
#   A literal ARN names a web ACL that already exists, not one this module
#   creates, and does not silence the check. Which destination receives the
#   logs, and the redacted fields or logging filter, are not judged.
# related_resources:
#   - ref: https://docs.aws.amazon.com/waf/latest/developerguide/logging.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/wafv2_web_acl_logging_configuration
# custom:
#   id: EVD-TF-221
#   severity: low
#   remediation: >-
#     Add an aws_wafv2_web_acl_logging_configuration with resource_arn =
#     aws_wafv2_web_acl.<name>.arn and log_destination_configs set to a
#     CloudWatch Logs log group, S3 bucket or Firehose stream whose name starts
#     with aws-waf-logs-, redacting headers that carry credentials.
#   selector:
#     input: terraform
#     resources: [aws_wafv2_web_acl, aws_wafv2_web_acl_logging_configuration]
#   controls:
#     hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#     gdpr: ["Art.32(1)(d)"]
#   rationale:
#     hipaa: Web ACL logs record the requests reaching systems that serve ePHI and what the firewall did with them, for audit controls and activity review.
#     gdpr: Firewall logs let the controller evaluate whether the filtering in front of personal data works and investigate attacks.
package evident.checks.terraform.wafv2_logging_disabled

import data.evident.lib.finding
import data.evident.lib.terraform

logging_type := "aws_wafv2_web_acl_logging_configuration"

deny contains f if {
	some acl in terraform.resources("aws_wafv2_web_acl")
	count(terraform.attached(logging_type, "resource_arn", acl)) == 0
	not ambiguous_configuration
	not terraform.passed_to_module_that_may_declare(acl, logging_type)
	f := finding.of(acl, finding.format("%s has no aws_wafv2_web_acl_logging_configuration (the requests it inspects are not logged)", [acl.id]))
}

# A logging configuration whose web ACL cannot be resolved may belong to any web ACL.
ambiguous_configuration if terraform.unattributed(logging_type, "resource_arn", "aws_wafv2_web_acl")
