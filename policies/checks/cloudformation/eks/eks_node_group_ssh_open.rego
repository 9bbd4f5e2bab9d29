# METADATA
# title: EKS managed node group opens SSH to the internet
# description: >-
#   An AWS::EKS::Nodegroup's RemoteAccess names an Ec2SshKey but no
#   SourceSecurityGroups: EKS then opens port 22 of the nodes' security group
#   to 0.0.0.0/0 (the EKS API reference, RemoteAccessConfig). Every node that
#   runs the cluster's workloads, and the data its pods handle, accepts SSH
#   connections from any address its subnets can be reached from (the whole
#   internet in public subnets). Not reported: a key or groups from a
#   parameter or a condition.
# related_resources:
#   - ref: https://docs.aws.amazon.com/eks/latest/APIReference/API_RemoteAccessConfig.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-eks-nodegroup-remoteaccess.html
# custom:
#   id: EVD-CFN-121
#   severity: high
#   remediation: >-
#     Add SourceSecurityGroups to RemoteAccess, naming the security group of a
#     bastion or of the administrators' VPN, or remove RemoteAccess and reach
#     nodes with Session Manager.
#   selector:
#     input: cloudformation
#     resources: [AWS::EKS::Nodegroup]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.312(e)(1)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: Limiting network access to systems holding ePHI is part of access control and risk management.
#     gdpr: Network exposure of administration ports undermines the ongoing confidentiality of processing systems.
package evident.checks.cloudformation.eks_node_group_ssh_open

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

deny contains f if {
	some group in cfn.resources("AWS::EKS::Nodegroup")
	access := group.properties.RemoteAccess
	values.known_object(access)
	values.truthy_string(access.Ec2SshKey)
	not values.listed(object.get(access, "SourceSecurityGroups", null))
	f := finding.at(group, ["properties", "RemoteAccess"], finding.format("%s lets SSH in from anywhere: RemoteAccess names an Ec2SshKey without SourceSecurityGroups, so EKS opens port 22 of its nodes to 0.0.0.0/0", [group.id]))
}
