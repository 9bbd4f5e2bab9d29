# METADATA
# title: Kinesis Data Firehose delivery stream has no server-side encryption
# description: >-
#   An aws_kinesis_firehose_delivery_stream that producers write to directly
#   (Direct PUT: no kinesis_source_configuration or msk_source_configuration)
#   has no server_side_encryption block, a block without enabled, or enabled =
#   false. Firehose applies server-side encryption (SSE) to the records it
#   holds before delivery only when it is turned on: the provider's enabled
#   defaults to false, and CreateDeliveryStream enables SSE only when it is
#   given DeliveryStreamEncryptionConfigurationInput (Firehose API Reference);
#   the AWS data protection page points to SSE for sensitive data, and
#   PutRecord reports per record whether SSE applied. The records are
#   typically events, logs or clickstreams with personal data.
#   Not reported, by design: a stream whose source is a Kinesis data stream or
#   an MSK cluster. Firehose server-side encryption cannot be set on those
#   (StartDeliveryStreamEncryption accepts only Direct PUT streams, and the
#   provider documents that it must not be enabled with a Kinesis source): the
#   records stay at rest in the source, so the source's encryption applies
#   (for a Kinesis data stream see EVD-TF-012; MSK always encrypts at rest).
#   Also not reported: an enabled value that is not known statically, a
#   dynamic server_side_encryption block, and the encryption of the
#   destination (the S3 bucket or the kms_key_arn of its configuration), which
#   is a separate setting. The key type is not judged: the AWS owned key
#   (key_type AWS_OWNED_CMK, the default) encrypts as well as a
#   customer-managed one.
# related_resources:
#   - ref: https://docs.aws.amazon.com/firehose/latest/dev/encryption.html
#   - ref: https://docs.aws.amazon.com/firehose/latest/APIReference/API_StartDeliveryStreamEncryption.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kinesis_firehose_delivery_stream#server_side_encryption
# custom:
#   id: EVD-TF-211
#   severity: medium
#   remediation: >-
#     Add server_side_encryption { enabled = true } to the delivery stream,
#     with key_type = "CUSTOMER_MANAGED_CMK" and key_arn set to a
#     customer-managed KMS key where key control is required (the default
#     key_type AWS_OWNED_CMK uses a key owned by Firehose). For a stream fed by
#     a Kinesis data stream, encrypt that stream instead.
#   selector:
#     input: terraform
#     resources: [aws_kinesis_firehose_delivery_stream]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: Records with ePHI that Firehose holds before delivery fall under the encryption specification for data at rest.
#     gdpr: Encryption of personal data at rest is a measure Art. 32(1)(a) names.
package evident.checks.terraform.firehose_unencrypted

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some stream in direct_put_streams
	not terraform.has_block(stream.config, "server_side_encryption")
	not unknown_arg(stream.config, "server_side_encryption")
	f := finding.of(stream, finding.format("%s does not enable server_side_encryption (buffered records are not server-side encrypted)", [stream.id]))
}

deny contains f if {
	some stream in direct_put_streams
	some i, sse in terraform.blocks(stream.config, "server_side_encryption")
	values.absent_or_null(sse, "enabled")
	f := finding.at(stream, ["config", "server_side_encryption", i], finding.format("%s does not set server_side_encryption.enabled = true (buffered records are not server-side encrypted)", [stream.id]))
}

deny contains f if {
	some stream in direct_put_streams
	some i, sse in terraform.blocks(stream.config, "server_side_encryption")
	values.false_value(sse.enabled)
	f := finding.at(stream, ["config", "server_side_encryption", i, "enabled"], finding.format("%s sets server_side_encryption.enabled = false", [stream.id]))
}

# direct_put_streams: the delivery streams producers write to directly. The
# provider creates a KinesisStreamAsSource stream for a
# kinesis_source_configuration block and an MSKAsSource stream for an
# msk_source_configuration block, DirectPut otherwise.
direct_put_streams := [stream |
	some stream in terraform.resources("aws_kinesis_firehose_delivery_stream")
	not other_source(stream.config)
]

other_source(cfg) if terraform.has_block(cfg, "kinesis_source_configuration")

other_source(cfg) if terraform.has_block(cfg, "msk_source_configuration")

other_source(cfg) if unknown_arg(cfg, "kinesis_source_configuration")

other_source(cfg) if unknown_arg(cfg, "msk_source_configuration")

# unknown_arg(cfg, key): cfg[key] is set to a value not known statically (a
# whole block given as an expression). Takes the key, not cfg[key]: an
# undefined argument would make `not unknown_arg(...)` undefined.
unknown_arg(cfg, key) if values.is_unknown(cfg[key])
