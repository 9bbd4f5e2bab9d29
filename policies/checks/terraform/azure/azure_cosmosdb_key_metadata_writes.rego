# METADATA
# title: Azure Cosmos DB account keys can change databases and containers
# description: >-
#   An azurerm_cosmosdb_account does not set access_key_metadata_writes_enabled
#   = false (the default is true). Anyone holding an account key — often
#   embedded in application settings — can then create, change and delete
#   databases and containers, including their throughput and indexing, outside
#   Azure RBAC and its activity log.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/cosmos-db/role-based-access-control#prevent-sdk-changes
# custom:
#   id: EVD-TF-117
#   severity: low
#   remediation: >-
#     Set access_key_metadata_writes_enabled = false and manage databases and
#     containers through Terraform/ARM (Azure RBAC); better, disable key
#     authentication (local_authentication_disabled = true) and use Entra ID.
#   selector:
#     input: terraform
#     resources: [azurerm_cosmosdb_account]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(B)", "164.312(c)(1)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: Keeping structural changes behind role-based authorization limits who can alter or destroy the stores that hold ePHI.
#     gdpr: Least-privilege access to the structure of personal-data stores protects their integrity.
package evident.checks.terraform.azure_cosmosdb_key_metadata_writes

import data.evident.lib.azure
import data.evident.lib.finding
import data.evident.lib.terraform

deny contains f if {
	some account in terraform.resources("azurerm_cosmosdb_account")
	azure.true_or_absent(account.config, "access_key_metadata_writes_enabled")
	not account.config.local_authentication_disabled == true
	f := located(account)
}

located(account) := finding.at(account, ["config", "access_key_metadata_writes_enabled"], finding.format("%s turns access_key_metadata_writes_enabled on: account keys can change databases and containers", [account.id])) if {
	account.config.access_key_metadata_writes_enabled == true
} else := finding.of(account, finding.format("%s leaves access_key_metadata_writes_enabled on (the default): account keys can change databases and containers", [account.id]))
