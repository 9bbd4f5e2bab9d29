# METADATA
# title: AKS cluster keeps local accounts enabled
# description: >-
#   An azurerm_kubernetes_cluster does not set local_account_disabled = true
#   (the default is false). The cluster then has a static cluster-admin
#   credential (az aks get-credentials --admin) that bypasses Entra ID: it is
#   not tied to a person, cannot be protected with MFA or conditional access,
#   and its use is not attributable.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/aks/manage-local-accounts-managed-azure-ad
# custom:
#   id: EVD-TF-120
#   severity: medium
#   remediation: >-
#     Enable Entra ID integration (azure_active_directory_role_based_access_control)
#     and set local_account_disabled = true.
#   selector:
#     input: terraform
#     resources: [azurerm_kubernetes_cluster]
#   controls:
#     hipaa: ["164.312(a)(2)(i)", "164.312(d)", "164.312(a)(1)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: A shared static admin credential defeats unique user identification and person authentication for access to systems holding ePHI.
#     gdpr: Individually attributable, strongly authenticated access protects the confidentiality and integrity of processing systems.
package evident.checks.terraform.azure_aks_local_accounts

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some cluster in terraform.resources("azurerm_kubernetes_cluster")
	values.is_false_or_absent(cluster.config, "local_account_disabled")
	f := located(cluster)
}

located(cluster) := finding.at(cluster, ["config", "local_account_disabled"], finding.format("%s sets local_account_disabled = false: a static cluster-admin credential exists", [cluster.id])) if {
	cluster.config.local_account_disabled == false
} else := finding.of(cluster, finding.format("%s does not set local_account_disabled = true: a static cluster-admin credential exists", [cluster.id]))
