# METADATA
# title: Kinesis data stream is not encrypted
# description: >-
#   An AWS::Kinesis::Stream has no StreamEncryption, or sets its EncryptionType
#   to NONE. Kinesis does not encrypt records at rest unless server-side
#   encryption is chosen (removing StreamEncryption from a deployed stack turns
#   it off again); event streams routinely carry personal data (clickstreams,
#   device readings). CloudFormation's StreamEncryption requires both
#   EncryptionType and KeyId and accepts only KMS as the type: an
#   EncryptionType NONE is reported all the same, as the intent not to
#   encrypt, while a StreamEncryption that leaves either out is left to the
#   deployment, which rejects it. Not reported: a StreamEncryption or EncryptionType that is not known
#   statically (a parameter without default, or an Fn::If on a condition that
#   depends on the region, as the CDK writes for regions without Kinesis
#   encryption).
# related_resources:
#   - ref: https://docs.aws.amazon.com/streams/latest/dev/server-side-encryption.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-kinesis-stream-streamencryption.html
# custom:
#   id: EVD-CFN-052
#   severity: medium
#   remediation: >-
#     Add StreamEncryption with EncryptionType KMS and KeyId set to a
#     customer-managed key (or alias/aws/kinesis).
#   selector:
#     input: cloudformation
#     resources: [AWS::Kinesis::Stream]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: Records with ePHI are retained in the stream and fall under the encryption specification for data at rest.
#     gdpr: Encryption of personal data at rest is a measure Art. 32(1)(a) names.
package evident.checks.cloudformation.kinesis_stream_unencrypted

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

deny contains f if {
	some stream in cfn.resources("AWS::Kinesis::Stream")
	values.absent_or_null(stream.properties, "StreamEncryption")
	f := finding.of(stream, finding.format("%s has no StreamEncryption (records are not encrypted at rest)", [stream.id]))
}

deny contains f if {
	some stream in cfn.resources("AWS::Kinesis::Stream")
	encryption := stream.properties.StreamEncryption
	is_object(encryption)
	encryption.EncryptionType == "NONE"
	f := finding.at(stream, ["properties", "StreamEncryption", "EncryptionType"], finding.format("%s sets StreamEncryption.EncryptionType to NONE", [stream.id]))
}
