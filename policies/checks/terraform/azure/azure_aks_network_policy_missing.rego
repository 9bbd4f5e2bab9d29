# METADATA
# title: AKS cluster enforces no network policies
# description: >-
#   An azurerm_kubernetes_cluster has no network_profile block (so it uses
#   kubenet without a policy engine), or its network_profile sets no
#   network_policy (azure, calico or cilium). Kubernetes NetworkPolicy objects
#   are then silently ignored: every pod can reach every other pod, so one
#   compromised workload can talk directly to the databases and services that
#   hold personal data. A cluster with network_plugin = "none" (bring your own
#   CNI, which then enforces policies or not) is not reported, nor is a
#   network_policy that cannot be resolved or a network_profile written as a
#   dynamic block.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/aks/use-network-policies
#   - ref: https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster#network_policy
# custom:
#   id: EVD-TF-177
#   severity: low
#   remediation: >-
#     Set network_profile { network_plugin = "azure", network_policy = "azure"
#     (or "calico", or "cilium" with network_data_plane = "cilium") }, then add
#     default-deny NetworkPolicies per namespace. The policy engine of an
#     existing cluster can be enabled in place on recent AKS versions.
#   selector:
#     input: terraform
#     resources: [azurerm_kubernetes_cluster]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(3)(ii)(A)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(1)"]
#   rationale:
#     hipaa: Network policies limit which workloads can reach the services holding ePHI, an access control inside the cluster.
#     gdpr: Segmentation inside the cluster is a technical measure that limits access to personal data by design.
package evident.checks.terraform.azure_aks_network_policy_missing

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some cluster in terraform.resources("azurerm_kubernetes_cluster")
	not terraform.has_block(cluster.config, "network_profile")
	f := finding.of(cluster, finding.format("%s has no network_profile, so it runs kubenet without a network policy engine (NetworkPolicies are ignored)", [cluster.id]))
}

deny contains f if {
	some cluster in terraform.resources("azurerm_kubernetes_cluster")
	some i, profile in terraform.blocks(cluster.config, "network_profile")
	values.absent_or_null(profile, "network_policy")
	built_in_cni(profile)
	f := finding.at(cluster, ["config", "network_profile", i], finding.format("%s sets no network_policy in network_profile (NetworkPolicies are ignored)", [cluster.id]))
}

# built_in_cni(profile): a CNI plugin that AKS installs (azure, kubenet, the default), not "none" or
# an unresolved one.
built_in_cni(profile) if values.absent_or_null(profile, "network_plugin")

built_in_cni(profile) if profile.network_plugin in {"azure", "kubenet"}
