# METADATA
# title: Azure storage account allows Shared Key authorization
# description: >-
#   An azurerm_storage_account sets shared_access_key_enabled = true or leaves
#   it out (the azurerm default, in 3.x and 4.x, is true). Requests can then be
#   signed with one of the two account keys, or with an account or service SAS
#   derived from them: each key grants full control of every blob, file, queue
#   and table in the account, never expires until it is rotated, bypasses
#   Entra ID (no MFA, no conditional access, no per-user role assignment), and
#   the storage logs record only that a key was used, not who used it. With
#   Shared Key disallowed, data access goes through Entra ID (role
#   assignments, user delegation SAS). Not reported: false, a value that is
#   not known statically, and an account that a function app in the same
#   module names as its runtime storage (storage_account_name, by reference
#   or by the account's literal name) without storage_uses_managed_identity =
#   true: the Functions host, and the content file share of Consumption and
#   Elastic Premium plans, then connect with the account key, so disabling it
#   would break the app, and that account holds the app's code, triggers and
#   logs rather than records. Severity is low: Shared Key is on in most
#   accounts, exploiting it needs a leaked key or SAS, and network
#   reachability is judged by EVD-TF-103.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/storage/common/shared-key-authorization-prevent
#   - ref: https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account#shared_access_key_enabled
#   - ref: https://learn.microsoft.com/azure/azure-functions/functions-reference#connecting-to-host-storage-with-an-identity
# custom:
#   id: EVD-TF-214
#   severity: low
#   remediation: >-
#     Set shared_access_key_enabled = false, grant applications and people
#     Storage Blob/Queue/Table Data roles through Entra ID (managed identities
#     for workloads), replace account and service SAS with user delegation SAS,
#     and let Terraform itself use Entra ID for data-plane calls (provider
#     setting storage_use_azuread = true).
#   selector:
#     input: terraform
#     resources: [azurerm_storage_account, azurerm_linux_function_app, azurerm_windows_function_app, azurerm_linux_function_app_slot, azurerm_windows_function_app_slot, azurerm_function_app, azurerm_function_app_slot]
#   controls:
#     hipaa: ["164.312(a)(2)(i)", "164.312(d)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: An account key is a shared credential with full access to stored ePHI that identifies no user and bypasses person authentication.
#     gdpr: Access to personal data through individually attributable, revocable identities rather than shared keys protects its confidentiality.
package evident.checks.terraform.azure_storage_shared_key_enabled

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some account in terraform.resources("azurerm_storage_account")
	account.config.shared_access_key_enabled == true
	not function_runtime_storage(account)
	f := finding.at(account, ["config", "shared_access_key_enabled"], finding.format("%s sets shared_access_key_enabled = true, so account keys and SAS tokens signed with them give full data access outside Entra ID", [account.id]))
}

deny contains f if {
	some account in terraform.resources("azurerm_storage_account")
	values.absent_or_null(account.config, "shared_access_key_enabled")
	not function_runtime_storage(account)
	f := finding.of(account, finding.format("%s does not set shared_access_key_enabled = false (the default is true), so account keys and SAS tokens signed with them give full data access outside Entra ID", [account.id]))
}

function_app_types := [
	"azurerm_linux_function_app", "azurerm_windows_function_app",
	"azurerm_linux_function_app_slot", "azurerm_windows_function_app_slot",
	"azurerm_function_app", "azurerm_function_app_slot",
]

# function_runtime_storage(account): a function app of this module names the
# account as its storage_account_name (by reference or by literal name) and
# does not connect to it with its managed identity.
function_runtime_storage(account) if {
	some type in function_app_types
	some app in terraform.resources(type)
	terraform.points_at(app.config.storage_account_name, account, "name")
	not app.config.storage_uses_managed_identity == true
}
