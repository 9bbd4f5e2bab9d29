# METADATA
# title: EFS file system is not encrypted
# description: >-
#   An AWS::EFS::FileSystem does not set Encrypted to true. Encryption at rest
#   can only be chosen when the file system is created; CloudFormation creates
#   it unencrypted unless told otherwise.
# related_resources:
#   - ref: https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html
# custom:
#   id: EVD-CFN-012
#   severity: high
#   remediation: >-
#     Set Encrypted to true (and KmsKeyId to a customer-managed key); for an
#     existing file system, create an encrypted one and copy the data.
#   selector:
#     input: cloudformation
#     resources: [AWS::EFS::FileSystem]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(a)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: Encryption at rest of shared file storage that holds ePHI is the encryption and decryption specification.
#     gdpr: Encryption of personal data at rest is a measure Art. 32(1)(a) names, and serves the confidentiality principle.
package evident.checks.cloudformation.efs_file_system_unencrypted

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding

deny contains f if {
	some fs in cfn.resources("AWS::EFS::FileSystem")
	cfn.not_enabled(fs.properties, "Encrypted")
	f := located(fs)
}

located(fs) := finding.at(fs, ["properties", "Encrypted"], finding.format("%s sets Encrypted to false", [fs.id])) if {
	cfn.is_false(fs.properties.Encrypted)
} else := finding.of(fs, finding.format("%s does not set Encrypted: true (EFS is unencrypted by default)", [fs.id]))
