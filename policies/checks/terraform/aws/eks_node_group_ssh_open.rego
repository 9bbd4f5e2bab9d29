# METADATA
# title: EKS managed node group opens SSH to the internet
# description: >-
#   An aws_eks_node_group's remote_access block names an ec2_ssh_key but no
#   source_security_group_ids: EKS then opens port 22 of the nodes' security
#   group to 0.0.0.0/0 (the EKS API reference, RemoteAccessConfig). Every
#   node that runs the cluster's workloads, and the data its pods handle,
#   accepts SSH connections from any address its subnets can be reached from
#   (the whole internet in public subnets). Not reported: a key or groups from
#   a variable, or a remote_access block from a dynamic block.
# related_resources:
#   - ref: https://docs.aws.amazon.com/eks/latest/APIReference/API_RemoteAccessConfig.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/eks_node_group#remote_access
# custom:
#   id: EVD-TF-282
#   severity: high
#   remediation: >-
#     Add source_security_group_ids to remote_access, naming the security
#     group of a bastion or of the administrators' VPN, or remove remote_access
#     and reach nodes with Session Manager.
#   selector:
#     input: terraform
#     resources: [aws_eks_node_group]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.312(e)(1)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: Limiting network access to systems holding ePHI is part of access control and risk management.
#     gdpr: Network exposure of administration ports undermines the ongoing confidentiality of processing systems.
package evident.checks.terraform.eks_node_group_ssh_open

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some group in terraform.resources("aws_eks_node_group")
	some i, access in terraform.blocks(group.config, "remote_access")
	values.truthy_string(access.ec2_ssh_key)
	not values.listed(object.get(access, "source_security_group_ids", null))
	path := array.concat(["config"], terraform.block_path(group.config, "remote_access", i))
	f := finding.at(group, path, finding.format("%s lets SSH in from anywhere: remote_access names an ec2_ssh_key without source_security_group_ids, so EKS opens port 22 of its nodes to 0.0.0.0/0", [group.id]))
}
