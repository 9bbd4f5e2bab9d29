# METADATA
# title: Kinesis data stream is not encrypted
# description: >-
#   An aws_kinesis_stream does not set encryption_type = "KMS". Kinesis does not
#   encrypt records at rest unless server-side encryption is chosen; event
#   streams routinely carry personal data (clickstreams, device readings).
# related_resources:
#   - ref: https://docs.aws.amazon.com/streams/latest/dev/server-side-encryption.html
# custom:
#   id: EVD-TF-012
#   severity: medium
#   remediation: >-
#     Set encryption_type = "KMS" and kms_key_id to a customer-managed key (or
#     alias/aws/kinesis).
#   selector:
#     input: terraform
#     resources: [aws_kinesis_stream]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: Records with ePHI are retained in the stream and fall under the encryption specification for data at rest.
#     gdpr: Encryption of personal data at rest is a measure Art. 32(1)(a) names.
package evident.checks.terraform.kinesis_stream_unencrypted

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some stream in terraform.resources("aws_kinesis_stream")
	values.absent_or_null(stream.config, "encryption_type")
	f := finding.of(stream, finding.format("%s does not set encryption_type = KMS (records are not encrypted at rest)", [stream.id]))
}

deny contains f if {
	some stream in terraform.resources("aws_kinesis_stream")
	is_string(stream.config.encryption_type)
	upper(stream.config.encryption_type) == "NONE"
	f := finding.at(stream, ["config", "encryption_type"], finding.format("%s sets encryption_type = NONE", [stream.id]))
}
