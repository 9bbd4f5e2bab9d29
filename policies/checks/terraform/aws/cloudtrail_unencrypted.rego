# METADATA
# title: CloudTrail logs are not encrypted with a KMS key
# description: >-
#   An aws_cloudtrail sets no kms_key_id, so log files are encrypted only with
#   S3-managed keys. CloudTrail records name the people and roles who accessed
#   data and often include request parameters; a KMS key limits who can read
#   them and records every decryption.
# related_resources:
#   - ref: https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html
# custom:
#   id: EVD-TF-045
#   severity: medium
#   remediation: >-
#     Set kms_key_id to a customer-managed KMS key whose policy allows
#     cloudtrail.amazonaws.com to encrypt and your auditors to decrypt.
#   selector:
#     input: terraform
#     resources: [aws_cloudtrail]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)", "164.312(b)"]
#     gdpr: ["Art.32(1)(a)", "Art.5(2)"]
#   rationale:
#     hipaa: Audit records are protected with encryption whose use is itself audited.
#     gdpr: Activity records contain personal data of staff and users and are encrypted like other personal data.
package evident.checks.terraform.cloudtrail_unencrypted

import data.evident.lib.finding
import data.evident.lib.terraform

deny contains f if {
	some trail in terraform.resources("aws_cloudtrail")
	not terraform.given(trail.config, "kms_key_id")
	f := finding.of(trail, finding.format("%s sets no kms_key_id (log files are not encrypted with a KMS key)", [trail.id]))
}
