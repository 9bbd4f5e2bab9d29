# METADATA
# title: Secrets Manager secret uses the AWS managed key
# description: >-
#   An aws_secretsmanager_secret sets no kms_key_id, or names the AWS managed
#   key itself (alias/aws/secretsmanager), so it is encrypted with the
#   account's aws/secretsmanager key. Every principal allowed to call
#   secretsmanager:GetSecretValue can then decrypt it, and the secret cannot be
#   shared across accounts; a customer-managed key adds a second, auditable
#   gate in front of database and API credentials.
# related_resources:
#   - ref: https://docs.aws.amazon.com/secretsmanager/latest/userguide/security-encryption.html
# custom:
#   id: EVD-TF-022
#   severity: low
#   remediation: >-
#     Set kms_key_id to a customer-managed KMS key whose key policy limits
#     decryption to the roles that need the secret.
#   selector:
#     input: terraform
#     resources: [aws_secretsmanager_secret]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)", "164.312(a)(1)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: Credentials that unlock ePHI systems are protected by a key whose use the covered entity controls.
#     gdpr: A controlled key for the credentials of personal-data systems is part of the Art. 32 encryption measure.
package evident.checks.terraform.secretsmanager_secret_no_cmk

import data.evident.lib.aws
import data.evident.lib.finding
import data.evident.lib.terraform

deny contains f if {
	some secret in terraform.resources("aws_secretsmanager_secret")
	not terraform.given(secret.config, "kms_key_id")
	f := finding.of(secret, finding.format("%s sets no kms_key_id (encrypted with the AWS managed key)", [secret.id]))
}

deny contains f if {
	some secret in terraform.resources("aws_secretsmanager_secret")
	key := secret.config.kms_key_id
	is_string(key)
	aws.secretsmanager_managed_key(key)
	f := finding.at(secret, ["config", "kms_key_id"], finding.format("%s sets kms_key_id to the AWS managed key (%s)", [secret.id, key]))
}
