# METADATA
# title: KMS key rotation is not enabled
# description: >-
#   A symmetric aws_kms_key does not set enable_key_rotation = true. Without
#   rotation the same key material protects the data for the key's whole life,
#   which widens the impact of a compromised key. Asymmetric and HMAC keys
#   (customer_master_key_spec other than SYMMETRIC_DEFAULT) cannot be rotated
#   automatically and are not reported.
# related_resources:
#   - ref: https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html
# custom:
#   id: EVD-TF-024
#   severity: medium
#   remediation: >-
#     Set enable_key_rotation = true (and rotation_period_in_days if a period
#     other than 365 days is required).
#   selector:
#     input: terraform
#     resources: [aws_kms_key]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)"]
#     gdpr: ["Art.32(1)(a)", "Art.25(1)"]
#   rationale:
#     hipaa: Key management, including rotation, is part of the encryption and decryption specification.
#     gdpr: Rotating encryption keys keeps the Art. 32(1)(a) measure effective over time.
package evident.checks.terraform.kms_key_rotation_disabled

import data.evident.lib.terraform

deny contains f if {
	some key in terraform.resources("aws_kms_key")
	symmetric(key)
	f := terraform.off(
		key, "enable_key_rotation",
		"%s does not set enable_key_rotation = true",
		"%s sets enable_key_rotation = false",
	)
}

symmetric(key) if not key.config.customer_master_key_spec

symmetric(key) if key.config.customer_master_key_spec == "SYMMETRIC_DEFAULT"
