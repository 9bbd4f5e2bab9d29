# METADATA
# title: Azure resource is outside the allowed regions
# description: >-
#   An azurerm resource's location — written in the resource, or inherited by
#   reference from an azurerm_resource_group with a literal location — is not
#   one of the regions listed in the configuration's gdpr.allowedRegions; or a
#   Cosmos DB account replicates (geo_location) to such a region. Storing or
#   replicating personal data there may be a transfer to a third country that
#   needs an adequacy decision or other Chapter V safeguard. Location names
#   are compared the way Azure reads them ("West Europe" is "westeurope");
#   "global" is not a region. Silent when allowedRegions is absent or empty,
#   or the location is unknown. Paired-region replication of GRS storage and
#   geo-redundant backups is not evaluated. Every azurerm resource with a
#   location is checked; the selector lists the main data-holding types.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/reliability/cross-region-replication-azure
#   - ref: https://commission.europa.eu/law/law-topic/data-protection/international-dimension-data-protection/adequacy-decisions_en
# custom:
#   id: EVD-TF-125
#   severity: medium
#   remediation: >-
#     Deploy the resource (and its replicas) in an allowed region, or, if the
#     transfer is intended and covered by an adequacy decision or safeguards,
#     add the region to gdpr.allowedRegions and document the basis.
#   selector:
#     input: terraform
#     resources: [azurerm_resource_group, azurerm_storage_account, azurerm_mssql_server, azurerm_postgresql_flexible_server, azurerm_mysql_flexible_server, azurerm_cosmosdb_account, azurerm_key_vault, azurerm_kubernetes_cluster, azurerm_linux_web_app, azurerm_windows_web_app, azurerm_linux_virtual_machine, azurerm_windows_virtual_machine, azurerm_managed_disk]
#   controls:
#     gdpr: ["Art.44", "Art.45"]
#   rationale:
#     gdpr: Placing personal data in a region outside the approved list may be a transfer to a third country, which Chapter V allows only on an adequacy decision or other safeguards.
package evident.checks.terraform.azure_resource_outside_allowed_regions

import data.evident.lib.azure
import data.evident.lib.finding
import data.evident.lib.terraform

azure_resources contains r if {
	some r in input.resources
	r.mode == "managed"
	startswith(r.type, "azurerm_")
	not terraform.never_created(r)
}

deny contains f if {
	azure.residency_enforced
	some resource in azure_resources
	location := azure.location_of(resource)
	location.via == ""
	azure.outside_allowed(location.name)
	f := finding.at(resource, ["config", "location"], finding.format("%s is in %s, outside the allowed regions (%s)", [resource.id, location.name, azure.allowed_regions_text]))
}

deny contains f if {
	azure.residency_enforced
	some resource in azure_resources
	location := azure.location_of(resource)
	location.via != ""
	azure.outside_allowed(location.name)
	f := finding.at(resource, ["config", "location"], finding.format("%s is in %s (the location of %s), outside the allowed regions (%s)", [resource.id, location.name, location.via, azure.allowed_regions_text]))
}

deny contains f if {
	azure.residency_enforced
	some account in terraform.resources("azurerm_cosmosdb_account")
	some i, replica in terraform.blocks(account.config, "geo_location")
	is_string(replica.location)
	azure.outside_allowed(replica.location)
	f := finding.at(account, ["config", "geo_location", i, "location"], finding.format("%s replicates to %s, outside the allowed regions (%s)", [account.id, replica.location, azure.allowed_regions_text]))
}
