# METADATA
# title: Kinesis Data Firehose delivery stream has no server-side encryption
# description: >-
#   An AWS::KinesisFirehose::DeliveryStream that producers write to directly
#   (DeliveryStreamType DirectPut, the default, and no Kinesis, MSK or
#   database source configuration) has no
#   DeliveryStreamEncryptionConfigurationInput. Firehose applies server-side
#   encryption (SSE) to the records it holds before delivery only when that
#   property is given (CreateDeliveryStream, Firehose API Reference; removing
#   it from a deployed stack turns SSE off again); the AWS data protection
#   page points to SSE for sensitive data, and PutRecord reports per record
#   whether SSE applied. The records are typically events, logs or
#   clickstreams with personal data. Not reported, by design: a stream with
#   another DeliveryStreamType (KinesisStreamAsSource, MSKAsSource,
#   DatabaseAsSource) or with a KinesisStreamSourceConfiguration,
#   MSKSourceConfiguration or DatabaseSourceConfiguration. Firehose SSE
#   cannot be set on those (StartDeliveryStreamEncryption accepts only
#   Direct PUT streams): the records stay at rest in the source, so the
#   source's encryption applies (for a Kinesis data stream see EVD-CFN-052;
#   MSK always encrypts at rest). Also not reported: a
#   DeliveryStreamEncryptionConfigurationInput or DeliveryStreamType that is
#   not known statically (a parameter without default, an Fn::If on a
#   condition), a configuration without KeyType (the deployment rejects it),
#   and the encryption of the destination (the S3 bucket or the
#   EncryptionConfiguration of its destination configuration), which is a
#   separate setting. The key type is not judged: the AWS owned key
#   (AWS_OWNED_CMK) encrypts as well as a customer-managed one.
# related_resources:
#   - ref: https://docs.aws.amazon.com/firehose/latest/dev/encryption.html
#   - ref: https://docs.aws.amazon.com/firehose/latest/APIReference/API_StartDeliveryStreamEncryption.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-kinesisfirehose-deliverystream-deliverystreamencryptionconfigurationinput.html
# custom:
#   id: EVD-CFN-084
#   severity: medium
#   remediation: >-
#     Add DeliveryStreamEncryptionConfigurationInput with KeyType
#     CUSTOMER_MANAGED_CMK and KeyARN set to a customer-managed KMS key where
#     key control is required, or KeyType AWS_OWNED_CMK (a key owned by
#     Firehose). For a stream fed by a Kinesis data stream, encrypt that
#     stream instead.
#   selector:
#     input: cloudformation
#     resources: [AWS::KinesisFirehose::DeliveryStream]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: Records with ePHI that Firehose holds before delivery fall under the encryption specification for data at rest.
#     gdpr: Encryption of personal data at rest is a measure Art. 32(1)(a) names.
package evident.checks.cloudformation.firehose_unencrypted

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

deny contains f if {
	some stream in cfn.resources("AWS::KinesisFirehose::DeliveryStream")
	direct_put(stream.properties)
	values.absent_or_null(stream.properties, "DeliveryStreamEncryptionConfigurationInput")
	f := finding.of(stream, finding.format("%s has no DeliveryStreamEncryptionConfigurationInput (buffered records are not server-side encrypted)", [stream.id]))
}

# direct_put(props): a Direct PUT stream, the only kind that takes SSE.
direct_put(props) if {
	direct_put_type(props)
	not source_configured(props)
}

direct_put_type(props) if values.absent_or_null(props, "DeliveryStreamType")

direct_put_type(props) if props.DeliveryStreamType == "DirectPut"

source_configured(props) if {
	some key in ["KinesisStreamSourceConfiguration", "MSKSourceConfiguration", "DatabaseSourceConfiguration"]
	not values.absent_or_null(props, key)
}
