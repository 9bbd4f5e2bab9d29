# METADATA
# title: SNS topic is not encrypted
# description: >-
#   An aws_sns_topic sets no kms_master_key_id. SNS does not encrypt messages at
#   rest unless a KMS key is named; notifications often carry personal data
#   (appointment reminders, alerts about a person).
# related_resources:
#   - ref: https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html
# custom:
#   id: EVD-TF-011
#   severity: medium
#   remediation: >-
#     Set kms_master_key_id to a customer-managed KMS key (or alias/aws/sns).
#   selector:
#     input: terraform
#     resources: [aws_sns_topic]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: Messages carrying ePHI are stored by SNS until delivered and fall under the encryption specification.
#     gdpr: Encryption of personal data at rest is a measure Art. 32(1)(a) names.
package evident.checks.terraform.sns_topic_unencrypted

import data.evident.lib.finding
import data.evident.lib.terraform

deny contains f if {
	some topic in terraform.resources("aws_sns_topic")
	not terraform.given(topic.config, "kms_master_key_id")
	f := finding.of(topic, finding.format("%s sets no kms_master_key_id (SNS messages are not encrypted at rest)", [topic.id]))
}
