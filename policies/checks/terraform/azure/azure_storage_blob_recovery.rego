# METADATA
# title: Azure blob storage has neither soft delete nor versioning
# description: >-
#   An azurerm_storage_account (other than a FileStorage account) has no
#   blob_properties with a delete_retention_policy and does not set
#   blob_properties.versioning_enabled = true. A deleted or overwritten blob —
#   by mistake, by a faulty job or by ransomware using a stolen key — is then
#   gone: Azure keeps no copy to restore.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/storage/blobs/soft-delete-blob-overview
#   - ref: https://learn.microsoft.com/azure/storage/blobs/versioning-overview
# custom:
#   id: EVD-TF-105
#   severity: medium
#   remediation: >-
#     Add blob_properties { delete_retention_policy { days = 30 } } and, for
#     data that is overwritten in place, versioning_enabled = true (plus
#     container_delete_retention_policy).
#   selector:
#     input: terraform
#     resources: [azurerm_storage_account]
#   controls:
#     hipaa: ["164.308(a)(7)(ii)(A)", "164.308(a)(7)(i)", "164.312(c)(1)"]
#     gdpr: ["Art.32(1)(c)", "Art.32(1)(b)"]
#   rationale:
#     hipaa: Recoverable copies of stored ePHI serve the data backup plan and protect it from improper destruction.
#     gdpr: The ability to restore personal data after an incident is a measure Art. 32(1)(c) names.
package evident.checks.terraform.azure_storage_blob_recovery

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some account in terraform.resources("azurerm_storage_account")
	kind := object.get(account.config, "account_kind", "StorageV2")
	not values.is_unknown(kind)
	kind != "FileStorage"
	not account.config.dynamic.blob_properties
	not recoverable(account)
	f := finding.of(account, finding.format("%s keeps no deleted or overwritten blobs: no blob soft delete (delete_retention_policy) and no versioning", [account.id]))
}

recoverable(account) if {
	some props in terraform.blocks(account.config, "blob_properties")
	terraform.has_block(props, "delete_retention_policy")
}

recoverable(account) if {
	some props in terraform.blocks(account.config, "blob_properties")
	not values.is_false_or_absent(props, "versioning_enabled")
}
