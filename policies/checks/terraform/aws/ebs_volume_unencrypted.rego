# METADATA
# title: EBS volume is not encrypted
# description: >-
#   An aws_ebs_volume does not set encrypted = true and the module does not turn
#   on account-wide EBS encryption by default (aws_ebs_encryption_by_default),
#   or the module turns encryption by default off. An unencrypted volume keeps
#   its blocks, and every snapshot taken of it, in clear text. Volumes created
#   from a snapshot (snapshot_id) take the snapshot's encryption and are not
#   reported.
# related_resources:
#   - ref: https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html
# custom:
#   id: EVD-TF-007
#   severity: high
#   remediation: >-
#     Set encrypted = true (and kms_key_id to a customer-managed key) on the
#     volume, or declare aws_ebs_encryption_by_default { enabled = true } for
#     the account and region.
#   selector:
#     input: terraform
#     resources: [aws_ebs_volume, aws_ebs_encryption_by_default]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(a)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: Encrypting the disks that hold ePHI is the addressable encryption specification for data at rest.
#     gdpr: Encryption of personal data at rest is a measure Art. 32(1)(a) names.
package evident.checks.terraform.ebs_volume_unencrypted

import data.evident.lib.aws
import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some volume in terraform.resources("aws_ebs_volume")
	not aws.ebs_encrypted_by_default
	not values.has_key(volume.config, "snapshot_id")
	f := terraform.off(
		volume, "encrypted",
		"%s does not set encrypted = true and the module does not enable EBS encryption by default",
		"%s sets encrypted = false",
	)
}

deny contains f if {
	some d in terraform.resources("aws_ebs_encryption_by_default")
	d.config.enabled == false
	f := finding.at(d, ["config", "enabled"], finding.format("%s turns EBS encryption by default off", [d.id]))
}
