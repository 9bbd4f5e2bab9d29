# METADATA
# title: GKE cluster nodes have public IP addresses
# description: >-
#   A google_container_cluster (Standard mode) has no private_cluster_config
#   block, or one without enable_private_nodes = true. Its nodes then get
#   external IP addresses: every node, and any hostPort or NodePort service on
#   it, can be reached from the internet, limited only by firewall rules, and
#   nodes reach the internet without a NAT the organisation controls. Not
#   reported, because private nodes may be set another way that this check
#   cannot judge with certainty: Autopilot clusters (enable_autopilot true or
#   unknown), clusters that set default_enable_private_nodes anywhere (the
#   newer cluster-wide default), clusters with a node pool, inline or a
#   google_container_node_pool attached to the cluster, whose network_config
#   sets enable_private_nodes, and clusters whose private_cluster_config is
#   dynamic or whose enable_private_nodes is unknown (a variable).
# related_resources:
#   - ref: https://cloud.google.com/kubernetes-engine/docs/concepts/private-cluster-concept
#   - ref: https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#enable_private_nodes
# custom:
#   id: EVD-TF-198
#   severity: medium
#   remediation: >-
#     Add private_cluster_config { enable_private_nodes = true } (with
#     master_ipv4_cidr_block or a private endpoint subnetwork), give the nodes
#     internet egress through Cloud NAT if they need it, and keep the control
#     plane reachable through authorized networks or a private endpoint.
#   selector:
#     input: terraform
#     resources: [google_container_cluster, google_container_node_pool]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(1)(ii)(B)", "164.312(e)(1)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: Nodes that run workloads processing ePHI should not be addressable from the internet; keeping them private is an access control and risk-management measure.
#     gdpr: Keeping the machines that process personal data off the internet protects its confidentiality and integrity.
package evident.checks.terraform.gcp_gke_nodes_not_private

import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some cluster in terraform.resources("google_container_cluster")
	standard(cluster.config)

	# A dynamic private_cluster_config, even next to a literal one, may set it.
	not terraform.dynamic(cluster.config, "private_cluster_config")
	f := terraform.block_missing_or_off(
		cluster, "private_cluster_config", "enable_private_nodes",
		"%s gives its nodes public IP addresses (no private_cluster_config with enable_private_nodes = true)",
		"%s gives its nodes public IP addresses (private_cluster_config without enable_private_nodes = true)",
		"%s gives its nodes public IP addresses (private_cluster_config.enable_private_nodes = false)",
	)

	# After the cheap test above: this one walks the whole cluster config.
	not other_private_setting(cluster)
}

# standard(cfg): the cluster is known not to be an Autopilot cluster.
standard(cfg) if values.is_false_or_absent(cfg, "enable_autopilot")

# other_private_setting(cluster): private nodes may be set outside
# private_cluster_config: default_enable_private_nodes anywhere in the cluster,
# or enable_private_nodes in a node pool's network_config (not false).
other_private_setting(cluster) if {
	walk(cluster.config, [path, _])
	path[count(path) - 1] == "default_enable_private_nodes"
}

other_private_setting(cluster) if {
	some pool in terraform.blocks(cluster.config, "node_pool")
	pool_private(pool)
}

other_private_setting(cluster) if cluster.config.dynamic.node_pool

other_private_setting(cluster) if {
	some pool in terraform.attached("google_container_node_pool", "cluster", cluster)
	pool_private(pool.config)
}

pool_private(pool) if {
	some network in terraform.blocks(pool, "network_config")
	values.has_key(network, "enable_private_nodes")
	network.enable_private_nodes != false
	network.enable_private_nodes != null
}

pool_private(pool) if pool.dynamic.network_config
