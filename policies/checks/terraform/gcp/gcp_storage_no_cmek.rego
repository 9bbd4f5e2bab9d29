# METADATA
# title: Cloud Storage bucket relies on Google-managed keys only
# description: >-
#   A google_storage_bucket has no encryption block with a default_kms_key_name
#   (an empty or blank key name counts as none; a key given by a variable or
#   another resource, or a dynamic encryption block, is not reported).
#   Google encrypts every object at rest, but with keys only Google controls:
#   the organisation cannot revoke access to the data by disabling its key,
#   rotate it on its own schedule, or see key use in its own audit logs. Low
#   severity: this is defence in depth, not missing encryption.
# related_resources:
#   - ref: https://cloud.google.com/storage/docs/encryption/customer-managed-keys
# custom:
#   id: EVD-TF-154
#   severity: low
#   remediation: >-
#     Add encryption { default_kms_key_name = google_kms_crypto_key.x.id } and
#     grant the Cloud Storage service agent roles/cloudkms.cryptoKeyEncrypterDecrypter on the key.
#   selector:
#     input: terraform
#     resources: [google_storage_bucket]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)", "164.310(d)(1)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: Keys under the covered entity's control strengthen the encryption and decryption specification for stored ePHI.
#     gdpr: Encryption under the controller's own keys is a stronger form of the measure Art. 32(1)(a) names.
package evident.checks.terraform.gcp_storage_no_cmek

import data.evident.lib.finding
import data.evident.lib.gcp
import data.evident.lib.terraform

deny contains f if {
	some bucket in terraform.resources("google_storage_bucket")
	not gcp.customer_key(bucket.config, "encryption", "default_kms_key_name")
	f := finding.of(bucket, finding.format("%s is encrypted only with Google-managed keys (no encryption.default_kms_key_name)", [bucket.id]))
}
