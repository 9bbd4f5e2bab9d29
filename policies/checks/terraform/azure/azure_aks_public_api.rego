# METADATA
# title: AKS API server is public without authorized IP ranges
# description: >-
#   An azurerm_kubernetes_cluster is not a private cluster
#   (private_cluster_enabled is false or absent) and does not restrict its API
#   server to authorized IP ranges (api_server_access_profile.authorized_ip_ranges,
#   or the older api_server_authorized_ip_ranges). The Kubernetes API — which
#   controls every workload and Secret in the cluster — is then reachable from
#   the whole internet, protected only by authentication.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/aks/api-server-authorized-ip-ranges
#   - ref: https://learn.microsoft.com/azure/aks/private-clusters
# custom:
#   id: EVD-TF-119
#   severity: medium
#   remediation: >-
#     Set private_cluster_enabled = true, or add api_server_access_profile {
#     authorized_ip_ranges = [...] } with the CI and administrator ranges.
#   selector:
#     input: terraform
#     resources: [azurerm_kubernetes_cluster]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(1)(ii)(B)", "164.312(e)(1)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: The cluster API controls every system that processes ePHI in the cluster; limiting where it can be reached from is an access control and risk-management measure.
#     gdpr: Limiting the reachability of the control plane of personal-data processing protects its confidentiality and integrity.
package evident.checks.terraform.azure_aks_public_api

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some cluster in terraform.resources("azurerm_kubernetes_cluster")
	values.is_false_or_absent(cluster.config, "private_cluster_enabled")
	not authorized_ranges(cluster.config)
	f := finding.of(cluster, finding.format("%s exposes its API server to the internet: not a private cluster and no authorized IP ranges", [cluster.id]))
}

authorized_ranges(cfg) if restricted(cfg.api_server_authorized_ip_ranges)

authorized_ranges(cfg) if {
	some profile in terraform.blocks(cfg, "api_server_access_profile")
	restricted(profile.authorized_ip_ranges)
}

authorized_ranges(cfg) if {
	some profile in terraform.blocks(cfg, "api_server_access_profile")
	profile.vnet_integration_enabled == true
}

authorized_ranges(cfg) if cfg.dynamic.api_server_access_profile

# restricted(ranges): a non-empty list, or an unknown value (given the benefit of the doubt).
restricted(ranges) if count(ranges) > 0

restricted(ranges) if values.is_unknown(ranges)
