# METADATA
# title: SQS queue has server-side encryption turned off
# description: >-
#   An aws_sqs_queue sets sqs_managed_sse_enabled = false and names no KMS key
#   (kms_master_key_id). New queues are encrypted with SQS-managed keys by
#   default; turning that off leaves messages, which often carry personal data
#   between services, unencrypted at rest.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html
# custom:
#   id: EVD-TF-010
#   severity: medium
#   remediation: >-
#     Remove sqs_managed_sse_enabled = false, or set kms_master_key_id to a
#     customer-managed KMS key.
#   selector:
#     input: terraform
#     resources: [aws_sqs_queue]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: Messages carrying ePHI rest in the queue and fall under the encryption specification for data at rest.
#     gdpr: Encryption of personal data at rest is a measure Art. 32(1)(a) names.
package evident.checks.terraform.sqs_queue_unencrypted

import data.evident.lib.finding
import data.evident.lib.terraform

deny contains f if {
	some queue in terraform.resources("aws_sqs_queue")
	queue.config.sqs_managed_sse_enabled == false
	not terraform.given(queue.config, "kms_master_key_id")
	f := finding.at(queue, ["config", "sqs_managed_sse_enabled"], finding.format("%s turns SQS-managed encryption off and sets no kms_master_key_id", [queue.id]))
}
