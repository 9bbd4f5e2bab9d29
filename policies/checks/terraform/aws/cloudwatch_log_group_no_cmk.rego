# METADATA
# title: CloudWatch log group is not encrypted with a customer-managed key
# description: >-
#   An aws_cloudwatch_log_group sets no kms_key_id. CloudWatch Logs encrypts log
#   data with a service key, but without a KMS key the organisation cannot
#   audit or revoke access to logs that often contain request payloads,
#   identifiers and error details about people.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html
# custom:
#   id: EVD-TF-019
#   severity: low
#   remediation: >-
#     Set kms_key_id to the ARN of a customer-managed KMS key whose key policy
#     allows the logs.<region>.amazonaws.com service principal.
#   selector:
#     input: terraform
#     resources: [aws_cloudwatch_log_group]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: Logs that may contain ePHI are protected by an encryption key the covered entity controls.
#     gdpr: Controlling the key makes the encryption of personal data in logs demonstrable.
package evident.checks.terraform.cloudwatch_log_group_no_cmk

import data.evident.lib.finding
import data.evident.lib.terraform

deny contains f if {
	some group in terraform.resources("aws_cloudwatch_log_group")
	not terraform.given(group.config, "kms_key_id")
	f := finding.of(group, finding.format("%s sets no kms_key_id (logs are not encrypted with a customer-managed key)", [group.id]))
}
