# METADATA
# title: KMS key rotation is not enabled
# description: >-
#   A symmetric encryption AWS::KMS::Key does not set EnableKeyRotation to
#   true, so the same key material protects the data for the key's whole
#   life. Asymmetric, HMAC and multi-Region replica keys, which cannot rotate
#   automatically, are not reported.
# related_resources:
#   - ref: https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html
# custom:
#   id: EVD-CFN-028
#   severity: medium
#   remediation: >-
#     Set EnableKeyRotation to true (RotationPeriodInDays 365 or shorter).
#   selector:
#     input: cloudformation
#     resources: [AWS::KMS::Key]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: Rotating the keys that encrypt ePHI limits the data exposed by one compromised key, part of managing the encryption mechanism.
#     gdpr: Key management, including rotation, is what keeps Art. 32(1)(a) encryption effective over time.
package evident.checks.cloudformation.kms_key_rotation_disabled

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding

deny contains f if {
	some key in cfn.resources("AWS::KMS::Key")
	object.get(key.properties, "KeySpec", "SYMMETRIC_DEFAULT") == "SYMMETRIC_DEFAULT"
	object.get(key.properties, "KeyUsage", "ENCRYPT_DECRYPT") == "ENCRYPT_DECRYPT"
	cfn.not_enabled(key.properties, "EnableKeyRotation")
	f := located(key)
}

located(key) := finding.at(key, ["properties", "EnableKeyRotation"], finding.format("%s sets EnableKeyRotation to false", [key.id])) if {
	cfn.is_false(key.properties.EnableKeyRotation)
} else := finding.of(key, finding.format("%s does not set EnableKeyRotation: true", [key.id]))
