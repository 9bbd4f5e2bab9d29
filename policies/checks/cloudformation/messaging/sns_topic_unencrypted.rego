# METADATA
# title: SNS topic is not encrypted
# description: >-
#   An AWS::SNS::Topic has no KmsMasterKeyId. SNS topics are not encrypted at
#   rest unless a KMS key is set, so notifications (which often quote the
#   record they are about) are stored in clear text until delivered.
# related_resources:
#   - ref: https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html
# custom:
#   id: EVD-CFN-018
#   severity: medium
#   remediation: >-
#     Set KmsMasterKeyId to a customer-managed KMS key (or alias/aws/sns).
#   selector:
#     input: cloudformation
#     resources: [AWS::SNS::Topic]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: Notifications carrying ePHI rest in the topic and fall under the encryption specification for data at rest.
#     gdpr: Encryption of personal data at rest is a measure Art. 32(1)(a) names.
package evident.checks.cloudformation.sns_topic_unencrypted

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

deny contains f if {
	some topic in cfn.resources("AWS::SNS::Topic")
	not values.has_key(topic.properties, "KmsMasterKeyId")
	f := finding.of(topic, finding.format("%s has no KmsMasterKeyId (messages are not encrypted at rest)", [topic.id]))
}

deny contains f if {
	some topic in cfn.resources("AWS::SNS::Topic")
	topic.properties.KmsMasterKeyId == ""
	f := finding.at(topic, ["properties", "KmsMasterKeyId"], finding.format("%s sets an empty KmsMasterKeyId (messages are not encrypted at rest)", [topic.id]))
}
