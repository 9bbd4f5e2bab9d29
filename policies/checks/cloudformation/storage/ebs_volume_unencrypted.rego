# METADATA
# title: EBS volume is not encrypted
# description: >-
#   An AWS::EC2::Volume does not set Encrypted to true. Unless the account's
#   EBS encryption-by-default setting is on (which a template cannot show),
#   the volume, its snapshots and any volume created from them are
#   unencrypted. Volumes created from a snapshot without an Encrypted property
#   inherit the snapshot's encryption and are not reported.
# related_resources:
#   - ref: https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html
# custom:
#   id: EVD-CFN-011
#   severity: high
#   remediation: >-
#     Set Encrypted to true and KmsKeyId to a customer-managed key, and turn on
#     EBS encryption by default in every region the account uses.
#   selector:
#     input: cloudformation
#     resources: [AWS::EC2::Volume]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(a)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: Encryption at rest of disks that hold ePHI is the encryption and decryption specification and a basic risk-management measure.
#     gdpr: Encryption of personal data at rest is a measure Art. 32(1)(a) names, and serves the confidentiality principle.
package evident.checks.cloudformation.ebs_volume_unencrypted

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

deny contains f if {
	some volume in cfn.resources("AWS::EC2::Volume")
	not values.has_key(volume.properties, "Encrypted")
	not cfn.given(volume.properties, "SnapshotId")
	f := finding.of(volume, finding.format("%s does not set Encrypted: true", [volume.id]))
}

deny contains f if {
	some volume in cfn.resources("AWS::EC2::Volume")
	cfn.is_false(volume.properties.Encrypted)
	f := finding.at(volume, ["properties", "Encrypted"], finding.format("%s sets Encrypted to false", [volume.id]))
}
