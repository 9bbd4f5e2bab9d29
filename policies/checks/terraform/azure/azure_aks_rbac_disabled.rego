# METADATA
# title: AKS cluster has Kubernetes RBAC disabled
# description: >-
#   An azurerm_kubernetes_cluster sets role_based_access_control_enabled = false
#   (or, before azurerm 3.0, role_based_access_control { enabled = false }).
#   Without RBAC every authenticated user and service account is effectively
#   a cluster administrator: any workload can read every Secret and every
#   volume's data. RBAC is on by default; only an explicit false is reported.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/aks/concepts-identity#kubernetes-rbac
# custom:
#   id: EVD-TF-118
#   severity: high
#   remediation: >-
#     Set role_based_access_control_enabled = true (this recreates the
#     cluster) and grant access with Roles/ClusterRoles or Azure RBAC for
#     Kubernetes (azure_active_directory_role_based_access_control).
#   selector:
#     input: terraform
#     resources: [azurerm_kubernetes_cluster]
#   controls:
#     hipaa: ["164.308(a)(4)(ii)(B)", "164.312(a)(1)", "164.308(a)(3)(ii)(A)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: Without RBAC no access authorization is possible inside the cluster, so access to ePHI cannot be limited to those who need it.
#     gdpr: Role-based access limits who can reach personal data processed in the cluster, by default.
package evident.checks.terraform.azure_aks_rbac_disabled

import data.evident.lib.finding
import data.evident.lib.terraform

deny contains f if {
	some cluster in terraform.resources("azurerm_kubernetes_cluster")
	cluster.config.role_based_access_control_enabled == false
	f := finding.at(cluster, ["config", "role_based_access_control_enabled"], finding.format("%s disables Kubernetes RBAC (role_based_access_control_enabled = false)", [cluster.id]))
}

deny contains f if {
	some cluster in terraform.resources("azurerm_kubernetes_cluster")
	some i, rbac in terraform.blocks(cluster.config, "role_based_access_control")
	rbac.enabled == false
	f := finding.at(cluster, ["config", "role_based_access_control", i, "enabled"], finding.format("%s disables Kubernetes RBAC (role_based_access_control.enabled = false)", [cluster.id]))
}
