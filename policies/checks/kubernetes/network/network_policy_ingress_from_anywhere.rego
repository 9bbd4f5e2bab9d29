# METADATA
# title: NetworkPolicy admits ingress from any address
# description: >-
#   An ingress rule of a NetworkPolicy (networking.k8s.io) admits an ipBlock
#   whose CIDR is every address (0.0.0.0/0, ::/0), with or without exceptions.
#   The policy then opens the pods it selects to any client that can route to
#   them, the internet included wherever a load balancer, a node port or a
#   routable pod network reaches them: the opposite of what a policy in front
#   of workloads that hold personal or health data is for. A CIDR the
#   manifest or module does not know is not reported.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/services-networking/network-policies/#networkpolicy-resource
#   - ref: https://registry.terraform.io/providers/hashicorp/kubernetes/latest/docs/resources/network_policy_v1#ip_block
# custom:
#   id: EVD-K8S-026
#   severity: medium
#   remediation: >-
#     Admit only the sources that need the pods: a podSelector or
#     namespaceSelector for clients in the cluster, and the CIDRs of the load
#     balancer or partner networks for clients outside it.
#   selector:
#     input: kubernetes
#     resources: [NetworkPolicy]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.312(e)(1)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: A network rule that admits every address does not limit access to the systems that hold ePHI to the clients that need it.
#     gdpr: Opening processing systems to any address fails to limit access to personal data by default.
package evident.checks.kubernetes.network_policy_ingress_from_anywhere

import data.evident.lib.finding
import data.evident.lib.kubernetes
import data.evident.lib.network

deny contains f if {
	some policy in kubernetes.resources_and_patches_of_kind("NetworkPolicy")
	startswith(policy.apiVersion, "networking.k8s.io/")
	some i, rule in object.get(policy.object, ["spec", "ingress"], [])
	some j, peer in object.get(rule, "from", [])
	cidr := peer.ipBlock.cidr
	network.is_open_cidr(cidr)
	f := finding.at(
		policy,
		["object", "spec", "ingress", i, "from", j, "ipBlock", "cidr"],
		finding.format("%s admits ingress from any address (ipBlock %s) to the pods it selects", [policy.id, trim_space(cidr)]),
	)
}
