# METADATA
# title: GKE control plane is public without authorized networks
# description: >-
#   A google_container_cluster does not make its control plane private
#   (private_cluster_config.enable_private_endpoint = true) and either does not
#   restrict it to authorized networks (no master_authorized_networks_config
#   block) or authorizes every address (a cidr_blocks entry whose cidr_block
#   has prefix length 0, such as 0.0.0.0/0). The Kubernetes API — which
#   controls every workload and Secret in the cluster — is then reachable from
#   the whole internet, protected only by authentication. Authorized networks
#   given by a variable or a dynamic block are not reported.
# related_resources:
#   - ref: https://cloud.google.com/kubernetes-engine/docs/how-to/authorized-networks
#   - ref: https://cloud.google.com/kubernetes-engine/docs/concepts/private-cluster-concept
# custom:
#   id: EVD-TF-165
#   severity: medium
#   remediation: >-
#     Add master_authorized_networks_config { cidr_blocks { ... } } with the CI
#     and administrator ranges (not 0.0.0.0/0), or use a private endpoint
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
import data.evident.lib.network
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some cluster in terraform.resources("google_container_cluster")
	not terraform.has_block(cluster.config, "master_authorized_networks_config")
	not private_endpoint(cluster.config)
	f := finding.of(cluster, finding.format("%s exposes its control plane to the internet: no master_authorized_networks_config and no private endpoint", [cluster.id]))
}

deny contains f if {
	some cluster in terraform.resources("google_container_cluster")
	some i, authorized in terraform.blocks(cluster.config, "master_authorized_networks_config")
	some j, block in terraform.blocks(authorized, "cidr_blocks")
	network.is_open_cidr(block.cidr_block)
	not private_endpoint(cluster.config)
	path := ["config", "master_authorized_networks_config", i, "cidr_blocks", j, "cidr_block"]
	f := finding.at(cluster, path, finding.format("%s exposes its control plane to the internet: master_authorized_networks_config authorizes %s", [cluster.id, block.cidr_block]))
}

private_endpoint(cfg) if {
	some private in terraform.blocks(cfg, "private_cluster_config")
	not values.is_false_or_absent(private, "enable_private_endpoint")
}

private_endpoint(cfg) if cfg.dynamic.private_cluster_config
