# METADATA
# title: EKS cluster API endpoint is open to the internet
# description: >-
#   An AWS::EKS::Cluster keeps ResourcesVpcConfig.EndpointPublicAccess on
#   (CloudFormation's default is true, as the Terraform provider's) without
#   restricting PublicAccessCidrs, or lists a CIDR of prefix length 0
#   (0.0.0.0/0, ::/0) there. The Kubernetes API server of the cluster that
#   runs the workloads is then reachable from anywhere, protected only by
#   authentication. Not reported: EndpointPublicAccess false or "false", an
#   EndpointPublicAccess, ResourcesVpcConfig, PublicAccessCidrs or CIDR that
#   is not known statically (a parameter without default, an undecidable
#   Fn::If), and an empty PublicAccessCidrs list.
# related_resources:
#   - ref: https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-eks-cluster-resourcesvpcconfig.html
# custom:
#   id: EVD-CFN-066
#   severity: medium
#   remediation: >-
#     Set ResourcesVpcConfig EndpointPrivateAccess to true and
#     EndpointPublicAccess to false, or restrict PublicAccessCidrs to known
#     networks.
#   selector:
#     input: cloudformation
#     resources: [AWS::EKS::Cluster]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: Limiting network access to the control plane of systems processing ePHI is part of access control.
#     gdpr: Exposure of the cluster's control plane undermines the ongoing confidentiality of processing systems.
package evident.checks.cloudformation.eks_public_endpoint

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.network
import data.evident.lib.values

deny contains f if {
	some cluster in public_clusters
	values.absent_or_null(cluster.properties.ResourcesVpcConfig, "PublicAccessCidrs")
	f := finding.at(cluster, ["properties", "ResourcesVpcConfig"], finding.format("%s exposes its API endpoint publicly without restricting PublicAccessCidrs", [cluster.id]))
}

deny contains f if {
	some cluster in public_clusters

	# A list (an unknown sentinel is an object, whose fields are not CIDRs).
	cidrs := cluster.properties.ResourcesVpcConfig.PublicAccessCidrs
	is_array(cidrs)
	some i, cidr in cidrs
	network.is_open_cidr(cidr)
	f := finding.at(cluster, ["properties", "ResourcesVpcConfig", "PublicAccessCidrs", i], finding.format("%s exposes its API endpoint to %s", [cluster.id, cidr]))
}

# public_clusters: the clusters whose ResourcesVpcConfig is known and leaves
# the public endpoint on (EndpointPublicAccess absent, null, true or "true").
public_clusters := [cluster |
	some cluster in cfn.resources("AWS::EKS::Cluster")
	vpc := values.known(cluster.properties.ResourcesVpcConfig)
	public(vpc)
]

public(vpc) if values.absent_or_null(vpc, "EndpointPublicAccess")

public(vpc) if cfn.is_true(vpc.EndpointPublicAccess)
