# METADATA
# title: Secrets Manager secret uses the AWS managed key
# description: >-
#   An AWS::SecretsManager::Secret has no KmsKeyId (or an empty one), or names
#   the AWS managed key itself (alias/aws/secretsmanager, by alias name or
#   alias ARN, also in a Fn::Sub with the partition, region or account), so it
#   is encrypted with the account's aws/secretsmanager key. Every principal
#   allowed to call secretsmanager:GetSecretValue can then decrypt it, and the
#   secret cannot be shared across accounts; a customer-managed key adds a
#   second, auditable gate in front of database and API credentials.
#   CloudFormation's default is the same as Terraform's. Not reported: a key
#   that is not known statically (a parameter without default, a key of
#   another stack), and the KmsKeyId of ReplicaRegions (not judged).
# related_resources:
#   - ref: https://docs.aws.amazon.com/secretsmanager/latest/userguide/security-encryption.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-secretsmanager-secret.html
# custom:
#   id: EVD-CFN-059
#   severity: low
#   remediation: >-
#     Set KmsKeyId to a customer-managed KMS key (!Ref or !GetAtt Key.Arn of an
#     AWS::KMS::Key) whose key policy limits decryption to the roles that need
#     the secret.
#   selector:
#     input: cloudformation
#     resources: [AWS::SecretsManager::Secret]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)", "164.312(a)(1)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: Credentials that unlock ePHI systems are protected by a key whose use the covered entity controls.
#     gdpr: A controlled key for the credentials of personal-data systems is part of the Art. 32 encryption measure.
package evident.checks.cloudformation.secretsmanager_secret_no_cmk

import data.evident.lib.aws
import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

deny contains f if {
	some secret in cfn.resources("AWS::SecretsManager::Secret")
	values.absent_or_null(secret.properties, "KmsKeyId")
	f := finding.of(secret, finding.format("%s has no KmsKeyId (encrypted with the AWS managed key)", [secret.id]))
}

deny contains f if {
	some secret in cfn.resources("AWS::SecretsManager::Secret")
	key := secret.properties.KmsKeyId
	is_string(key)
	trim_space(key) == ""
	f := finding.at(secret, ["properties", "KmsKeyId"], finding.format("%s sets KmsKeyId to an empty string (encrypted with the AWS managed key)", [secret.id]))
}

deny contains f if {
	some secret in cfn.resources("AWS::SecretsManager::Secret")
	key := key_text(secret.properties.KmsKeyId)
	aws.secretsmanager_managed_key(key)
	f := finding.at(secret, ["properties", "KmsKeyId"], finding.format("%s sets KmsKeyId to the AWS managed key (%s)", [secret.id, key]))
}

# key_text(v): the key as written: a literal, or the text of a Fn::Sub the
# parser could not resolve (e.g. arn:${AWS::Partition}:kms:${AWS::Region}:…).
key_text(v) := v if is_string(v)

else := cfn.sub_template(v)
