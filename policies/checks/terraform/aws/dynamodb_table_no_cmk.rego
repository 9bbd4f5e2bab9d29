# METADATA
# title: DynamoDB table is encrypted with the AWS owned key
# description: >-
#   An aws_dynamodb_table has no server_side_encryption block with
#   enabled = true, so it is encrypted with the AWS owned key: the data is
#   encrypted, but the key is outside the account, its use cannot be audited
#   in CloudTrail, and access to it cannot be revoked or restricted with a key
#   policy. For tables holding health or special-category data, a KMS key under
#   the organisation's control is the expected evidence. A block with
#   enabled = true and no kms_key_arn (the AWS managed key aws/dynamodb, in the
#   account and logged in CloudTrail) is not reported.
# related_resources:
#   - ref: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/EncryptionAtRest.html
# custom:
#   id: EVD-TF-009
#   severity: low
#   remediation: >-
#     Add server_side_encryption { enabled = true, kms_key_arn = aws_kms_key.x.arn }
#     (without kms_key_arn, the AWS managed key aws/dynamodb is used).
#   selector:
#     input: terraform
#     resources: [aws_dynamodb_table]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: A key the covered entity controls makes the encryption of ePHI auditable and revocable.
#     gdpr: Controlling the encryption key makes the Art. 32(1)(a) measure demonstrable.
package evident.checks.terraform.dynamodb_table_no_cmk

import data.evident.lib.terraform

deny contains f if {
	some table in terraform.resources("aws_dynamodb_table")
	f := terraform.block_off(
		table, "server_side_encryption", "enabled",
		"%s uses the AWS owned key: no server_side_encryption block with enabled = true",
		"%s sets server_side_encryption enabled = false (AWS owned key)",
	)
}
