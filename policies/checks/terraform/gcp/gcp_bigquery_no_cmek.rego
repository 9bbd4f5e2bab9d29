# METADATA
# title: BigQuery dataset relies on Google-managed keys only
# description: >-
#   A google_bigquery_dataset has no default_encryption_configuration with a
#   kms_key_name (an empty or blank key name counts as none; a key given by a
#   variable or another resource, or a dynamic block, is not reported). Its
#   tables are encrypted at rest with keys only Google controls: the
#   organisation cannot revoke access to the data by disabling its key or show
#   key custody to an auditor. Low severity: this is defence in depth, not
#   missing encryption.
# related_resources:
#   - ref: https://cloud.google.com/bigquery/docs/customer-managed-encryption
# custom:
#   id: EVD-TF-163
#   severity: low
#   remediation: >-
#     Add default_encryption_configuration { kms_key_name = google_kms_crypto_key.x.id }
#     and grant the BigQuery service agent roles/cloudkms.cryptoKeyEncrypterDecrypter on the key.
#   selector:
#     input: terraform
#     resources: [google_bigquery_dataset]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)", "164.310(d)(1)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: Keys under the covered entity's control strengthen the encryption and decryption specification for stored ePHI.
#     gdpr: Encryption under the controller's own keys is a stronger form of the measure Art. 32(1)(a) names.
package evident.checks.terraform.gcp_bigquery_no_cmek

import data.evident.lib.finding
import data.evident.lib.gcp
import data.evident.lib.terraform

deny contains f if {
	some dataset in terraform.resources("google_bigquery_dataset")
	not gcp.customer_key(dataset.config, "default_encryption_configuration", "kms_key_name")
	f := finding.of(dataset, finding.format("%s is encrypted only with Google-managed keys (no default_encryption_configuration.kms_key_name)", [dataset.id]))
}
