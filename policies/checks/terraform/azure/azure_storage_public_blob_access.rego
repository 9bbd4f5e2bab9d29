# METADATA
# title: Azure blob storage is open to anonymous reads
# description: >-
#   An azurerm_storage_container sets container_access_type to "blob" or
#   "container", so anyone who knows (or, with "container", can list) a blob's
#   URL reads it without credentials; or an azurerm_storage_account explicitly
#   allows containers to be made public (allow_nested_items_to_be_public = true,
#   or the pre-3.0 allow_blob_public_access = true), so a single portal click
#   or API call exposes a container. (The 3.x/4.x default of
#   allow_nested_items_to_be_public is true; only an explicit true is
#   reported, to keep the finding about a decision written in the code.)
# related_resources:
#   - ref: https://learn.microsoft.com/azure/storage/blobs/anonymous-read-access-prevent
#   - ref: https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_container#container_access_type
# custom:
#   id: EVD-TF-102
#   severity: high
#   remediation: >-
#     Set container_access_type = "private" and allow_nested_items_to_be_public = false;
#     share individual blobs with short-lived user-delegation SAS tokens instead.
#   selector:
#     input: terraform
#     resources: [azurerm_storage_account, azurerm_storage_container]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(3)(i)", "164.308(a)(4)(ii)(C)"]
#     gdpr: ["Art.25(2)", "Art.32(1)(b)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: Anonymous read access gives ePHI to persons who were never granted access.
#     gdpr: Data protection by default forbids making personal data accessible to an indefinite number of persons.
package evident.checks.terraform.azure_storage_public_blob_access

import data.evident.lib.finding
import data.evident.lib.terraform

deny contains f if {
	some container in terraform.resources("azurerm_storage_container")
	container.config.container_access_type in {"blob", "container"}
	f := finding.at(container, ["config", "container_access_type"], finding.format("%s allows anonymous read access (container_access_type = \"%s\")", [container.id, container.config.container_access_type]))
}

deny contains f if {
	some account in terraform.resources("azurerm_storage_account")
	some attr in ["allow_nested_items_to_be_public", "allow_blob_public_access"]
	account.config[attr] == true
	f := finding.at(account, ["config", attr], finding.format("%s sets %s = true: its containers can be made public", [account.id, attr]))
}
