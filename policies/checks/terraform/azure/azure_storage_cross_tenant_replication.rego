# METADATA
# title: Azure storage account allows object replication to other tenants
# description: >-
#   An azurerm_storage_account sets cross_tenant_replication_enabled = true.
#   Object replication policies may then copy its blobs, continuously and
#   asynchronously, to a storage account in another Microsoft Entra tenant: an
#   organization whose access control, logging and retention this one does not
#   govern, and whose copies survive the deletion of the originals. Microsoft
#   turned the setting off by default for new accounts in December 2023, and
#   azurerm 4 defaults it to false; azurerm 3 defaulted it to true, so a module
#   pinned to 3.x that leaves it out still allows it (not reported: the
#   provider version is not read). A value that cannot be resolved is not
#   judged.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/storage/blobs/object-replication-prevent-cross-tenant-policies
#   - ref: https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account#cross_tenant_replication_enabled
# custom:
#   id: EVD-TF-312
#   severity: medium
#   remediation: >-
#     Set cross_tenant_replication_enabled = false (or remove it on azurerm 4);
#     replicate only to accounts in your own tenant, and where another
#     organization must receive data, share it through an agreement-backed,
#     logged channel.
#   selector:
#     input: terraform
#     resources: [azurerm_storage_account]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.5(1)(f)", "Art.32(1)(b)"]
#   rationale:
#     hipaa: Copies of ePHI in another organization's tenant escape this entity's access control; closing that path is part of managing the risk of disclosure.
#     gdpr: Replicating personal data to another organization's account puts it outside the controller's integrity and confidentiality measures.
package evident.checks.terraform.azure_storage_cross_tenant_replication

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some account in terraform.resources("azurerm_storage_account")
	values.true_value(account.config.cross_tenant_replication_enabled)
	f := finding.at(account, ["config", "cross_tenant_replication_enabled"], finding.format("%s sets cross_tenant_replication_enabled = true: object replication may copy its blobs to a storage account in another tenant", [account.id]))
}
