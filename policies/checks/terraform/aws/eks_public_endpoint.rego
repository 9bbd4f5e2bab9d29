# METADATA
# title: EKS cluster API endpoint is open to the internet
# description: >-
#   An aws_eks_cluster keeps endpoint_public_access on (the default) without
#   restricting public_access_cidrs, or lists 0.0.0.0/0 there. The Kubernetes
#   API server of the cluster that runs the workloads is then reachable from
#   anywhere, protected only by authentication.
# related_resources:
#   - ref: https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html
# custom:
#   id: EVD-TF-041
#   severity: medium
#   remediation: >-
#     Set vpc_config { endpoint_private_access = true, endpoint_public_access =
#     false }, or restrict public_access_cidrs to known networks.
#   selector:
#     input: terraform
#     resources: [aws_eks_cluster]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: Limiting network access to the control plane of systems processing ePHI is part of access control.
#     gdpr: Exposure of the cluster's control plane undermines the ongoing confidentiality of processing systems.
package evident.checks.terraform.eks_public_endpoint

import data.evident.lib.finding
import data.evident.lib.network
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some cluster in terraform.resources("aws_eks_cluster")
	some i, vpc in terraform.blocks(cluster.config, "vpc_config")
	public(vpc)
	not values.has_key(vpc, "public_access_cidrs")
	f := finding.at(cluster, ["config", "vpc_config", i], finding.format("%s exposes its API endpoint publicly without restricting public_access_cidrs", [cluster.id]))
}

deny contains f if {
	some cluster in terraform.resources("aws_eks_cluster")
	some i, vpc in terraform.blocks(cluster.config, "vpc_config")
	public(vpc)

	# A list (an unknown sentinel is an object, whose fields are not CIDRs).
	is_array(vpc.public_access_cidrs)
	some j, cidr in vpc.public_access_cidrs
	network.is_open_cidr(cidr)
	f := finding.at(cluster, ["config", "vpc_config", i, "public_access_cidrs", j], finding.format("%s exposes its API endpoint to %s", [cluster.id, cidr]))
}

public(vpc) if not values.has_key(vpc, "endpoint_public_access")

public(vpc) if vpc.endpoint_public_access == true
