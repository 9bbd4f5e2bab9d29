# METADATA
# title: CloudWatch log group keeps logs for less than a year
# description: >-
#   An aws_cloudwatch_log_group sets retention_in_days below 365. Audit and
#   access logs are the evidence for investigating a security incident or a
#   breach of personal data, which is often discovered months later; one year
#   is the threshold used by the CIS AWS Foundations benchmark and Checkov
#   (CKV_AWS_338). (HIPAA's six-year retention in 164.316(b)(2) applies to
#   policies and documentation, not to every log; keep longer where your own
#   retention schedule says so.)
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutRetentionPolicy.html
# custom:
#   id: EVD-TF-021
#   severity: low
#   remediation: >-
#     Set retention_in_days to at least 365 for logs used as audit evidence, or
#     export them to longer-term storage (S3 with lifecycle rules).
#   selector:
#     input: terraform
#     resources: [aws_cloudwatch_log_group]
#   controls:
#     hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#     gdpr: ["Art.5(2)", "Art.32(1)(d)"]
#   rationale:
#     hipaa: Activity review and audit controls need the logs to exist for the period a review or investigation looks back.
#     gdpr: Demonstrating compliance and evaluating security measures needs logs covering the period in question.
package evident.checks.terraform.cloudwatch_log_group_retention_short

import data.evident.lib.finding
import data.evident.lib.terraform

deny contains f if {
	some group in terraform.resources("aws_cloudwatch_log_group")
	days := terraform.number(group.config.retention_in_days)
	days > 0
	days < 365
	f := finding.at(group, ["config", "retention_in_days"], finding.format("%s keeps log events for %d days, less than the 365 days audit logs need", [group.id, days]))
}
