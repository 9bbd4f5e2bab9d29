# METADATA
# title: AKS nodes get public IP addresses
# description: >-
#   An azurerm_kubernetes_cluster's default_node_pool, or an
#   azurerm_kubernetes_cluster_node_pool, sets node_public_ip_enabled = true
#   (enable_node_public_ip in provider 3.x). Every node of the pool then has its
#   own public IP address, and the kubelet, SSH and any hostPort or NodePort
#   service on it can be reached from the internet, limited only by the node
#   subnet's network security group. The default (false) keeps nodes private
#   behind the cluster's load balancer and outbound gateway. A value that comes
#   from a variable, and node pools written as dynamic blocks, are not judged.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/aks/use-node-public-ips
#   - ref: https://learn.microsoft.com/azure/aks/concepts-network
# custom:
#   id: EVD-TF-298
#   severity: medium
#   remediation: >-
#     Remove node_public_ip_enabled (or set it to false) and reach the nodes
#     through the cluster's load balancer, an ingress controller or a bastion.
#   selector:
#     input: terraform
#     resources: [azurerm_kubernetes_cluster, azurerm_kubernetes_cluster_node_pool]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(1)(ii)(B)", "164.312(e)(1)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: Nodes run the workloads that process ePHI; giving each an internet address widens who can reach them, against access control and risk management.
#     gdpr: Keeping the machines that process personal data off the internet protects the confidentiality and integrity of processing.
package evident.checks.terraform.azure_aks_node_public_ip

import data.evident.lib.finding
import data.evident.lib.terraform

# Both provider spellings of the setting.
public_ip_keys := ["node_public_ip_enabled", "enable_node_public_ip"]

deny contains f if {
	some cluster in terraform.resources("azurerm_kubernetes_cluster")
	some i, pool in terraform.blocks(cluster.config, "default_node_pool")
	some key in public_ip_keys
	pool[key] == true
	f := finding.at(cluster, ["config", "default_node_pool", i, key], finding.format("%s gives every node of its default node pool a public IP address (%s = true)", [cluster.id, key]))
}

deny contains f if {
	some pool in terraform.resources("azurerm_kubernetes_cluster_node_pool")
	some key in public_ip_keys
	pool.config[key] == true
	f := finding.at(pool, ["config", key], finding.format("%s gives every node a public IP address (%s = true)", [pool.id, key]))
}
