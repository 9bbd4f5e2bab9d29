# METADATA
# title: Azure Cosmos DB account accepts connections from any network
# description: >-
#   An azurerm_cosmosdb_account keeps public network access on (the default)
#   with no IP firewall (ip_range_filter) and no virtual network filter
#   (is_virtual_network_filter_enabled = true). Its endpoint then accepts
#   requests from the whole internet, and a leaked account key — which grants
#   full data access — is usable from anywhere.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/cosmos-db/how-to-configure-firewall
# custom:
#   id: EVD-TF-116
#   severity: medium
#   remediation: >-
#     Set public_network_access_enabled = false and use private endpoints, or
#     restrict access with ip_range_filter and virtual_network_rule blocks
#     (is_virtual_network_filter_enabled = true).
#   selector:
#     input: terraform
#     resources: [azurerm_cosmosdb_account]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: Restricting which networks can reach a database of ePHI is an access control and reduces the risk the risk analysis identifies.
#     gdpr: Keeping personal-data stores unreachable from arbitrary networks protects confidentiality by default.
package evident.checks.terraform.azure_cosmosdb_public_access

import data.evident.lib.azure
import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some account in terraform.resources("azurerm_cosmosdb_account")
	azure.true_or_absent(account.config, "public_network_access_enabled")
	values.is_false_or_absent(account.config, "is_virtual_network_filter_enabled")
	no_ip_filter(account.config)
	f := finding.of(account, finding.format("%s is reachable from any network: public network access without ip_range_filter or virtual network filter", [account.id]))
}

# ip_range_filter is a comma-separated string in azurerm 3.x and a set of strings in 4.x.
no_ip_filter(cfg) if not values.has_key(cfg, "ip_range_filter")

no_ip_filter(cfg) if cfg.ip_range_filter == null

no_ip_filter(cfg) if cfg.ip_range_filter == ""

no_ip_filter(cfg) if cfg.ip_range_filter == []
