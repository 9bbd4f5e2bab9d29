# METADATA
# title: SQS queue has server-side encryption turned off
# description: >-
#   An AWS::SQS::Queue sets SqsManagedSseEnabled to false and names no KMS key
#   (KmsMasterKeyId). New queues are encrypted with SQS-managed keys by
#   default; turning that off leaves messages, which often carry personal data
#   between services, unencrypted at rest.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html
# custom:
#   id: EVD-CFN-017
#   severity: medium
#   remediation: >-
#     Remove SqsManagedSseEnabled false, or set KmsMasterKeyId to a
#     customer-managed KMS key.
#   selector:
#     input: cloudformation
#     resources: [AWS::SQS::Queue]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: Messages carrying ePHI rest in the queue and fall under the encryption specification for data at rest.
#     gdpr: Encryption of personal data at rest is a measure Art. 32(1)(a) names.
package evident.checks.cloudformation.sqs_queue_unencrypted

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding

deny contains f if {
	some queue in cfn.resources("AWS::SQS::Queue")
	cfn.is_false(queue.properties.SqsManagedSseEnabled)
	not cfn.given(queue.properties, "KmsMasterKeyId")
	f := finding.at(queue, ["properties", "SqsManagedSseEnabled"], finding.format("%s turns SQS-managed encryption off and sets no KmsMasterKeyId", [queue.id]))
}
