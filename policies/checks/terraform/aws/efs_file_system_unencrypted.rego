# METADATA
# title: EFS file system is not encrypted
# description: >-
#   An aws_efs_file_system does not set encrypted = true. EFS encryption at rest
#   can only be chosen when the file system is created; an unencrypted file
#   system keeps every file, including shared application data, in clear text.
# related_resources:
#   - ref: https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html
# custom:
#   id: EVD-TF-008
#   severity: high
#   remediation: >-
#     Set encrypted = true and kms_key_id to a customer-managed key; for an
#     existing file system, create an encrypted one and copy the data over
#     (e.g. with AWS DataSync).
#   selector:
#     input: terraform
#     resources: [aws_efs_file_system]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(a)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: Encrypting the shared file systems that hold ePHI is the addressable encryption specification for data at rest.
#     gdpr: Encryption of personal data at rest is a measure Art. 32(1)(a) names.
package evident.checks.terraform.efs_file_system_unencrypted

import data.evident.lib.terraform

deny contains f if {
	some fs in terraform.resources("aws_efs_file_system")
	f := terraform.off(
		fs, "encrypted",
		"%s does not set encrypted = true (EFS is unencrypted unless chosen at creation)",
		"%s sets encrypted = false",
	)
}
