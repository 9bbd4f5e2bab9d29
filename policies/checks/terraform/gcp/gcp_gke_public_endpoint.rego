# METADATA
# title: GKE control plane is public without authorized networks
# description: >-
#   A google_container_cluster neither makes its control plane private
#   (private_cluster_config.enable_private_endpoint = true) nor restricts it to
#   authorized networks (a master_authorized_networks_config block). The
#   Kubernetes API — which controls every workload and Secret in the cluster —
#   is then reachable from the whole internet, protected only by authentication.
# related_resources:
#   - ref: https://cloud.google.com/kubernetes-engine/docs/how-to/authorized-networks
#   - ref: https://cloud.google.com/kubernetes-engine/docs/concepts/private-cluster-concept
# custom:
#   id: EVD-TF-165
#   severity: medium
#   remediation: >-
#     Add master_authorized_networks_config { cidr_blocks { ... } } with the CI
#     and administrator ranges, or use a private endpoint
#     (private_cluster_config { enable_private_endpoint = true }).
#   selector:
#     input: terraform
#     resources: [google_container_cluster]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(1)(ii)(B)", "164.312(e)(1)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: The cluster API controls every system that processes ePHI in the cluster; limiting where it can be reached from is an access control and risk-management measure.
#     gdpr: Limiting the reachability of the control plane of personal-data processing protects its confidentiality and integrity.
package evident.checks.terraform.gcp_gke_public_endpoint

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some cluster in terraform.resources("google_container_cluster")
	not terraform.has_block(cluster.config, "master_authorized_networks_config")
	not private_endpoint(cluster.config)
	f := finding.of(cluster, finding.format("%s exposes its control plane to the internet: no master_authorized_networks_config and no private endpoint", [cluster.id]))
}

private_endpoint(cfg) if {
	some private in terraform.blocks(cfg, "private_cluster_config")
	not values.is_false_or_absent(private, "enable_private_endpoint")
}

private_endpoint(cfg) if cfg.dynamic.private_cluster_config
