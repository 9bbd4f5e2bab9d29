package evident.checks.terraform.eks_node_group_ssh_open_test

import data.evident.checks.terraform.eks_node_group_ssh_open as check

group(name, config) := {"id": concat(".", ["aws_eks_node_group", name]), "type": "aws_eks_node_group", "mode": "managed", "config": config}

msg(id) := concat("", [id, " lets SSH in from anywhere: remote_access names an ec2_ssh_key without source_security_group_ids, so EKS opens port 22 of its nodes to 0.0.0.0/0"])

sg := {"__unknown__": "aws_security_group.bastion.id", "refs": ["aws_security_group.bastion.id"]}

test_a_key_without_source_groups_is_reported if {
	check.deny == {
		{"resource": "aws_eks_node_group.workers", "path": ["config", "remote_access", 0], "msg": msg("aws_eks_node_group.workers")},
		{"resource": "aws_eks_node_group.empty_list", "path": ["config", "remote_access", 0], "msg": msg("aws_eks_node_group.empty_list")},
		{"resource": "aws_eks_node_group.object", "path": ["config", "remote_access"], "msg": msg("aws_eks_node_group.object")},
	} with input as {"type": "terraform", "resources": [
		group("workers", {"node_group_name": "workers", "remote_access": [{"ec2_ssh_key": "ops"}]}),
		group("empty_list", {"node_group_name": "e", "remote_access": [{"ec2_ssh_key": "ops", "source_security_group_ids": []}]}),
		group("object", {"node_group_name": "o", "remote_access": {"ec2_ssh_key": "ops"}}),
		group("bastion", {"node_group_name": "b", "remote_access": [{"ec2_ssh_key": "ops", "source_security_group_ids": [sg]}]}),
	]}
}

test_no_key_unknowns_and_dynamic_blocks_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		group("none", {"node_group_name": "n"}),
		group("no_key", {"node_group_name": "k", "remote_access": [{"source_security_group_ids": [sg]}]}),
		group("key_variable", {"node_group_name": "kv", "remote_access": [{"ec2_ssh_key": {"__unknown__": "var.key", "refs": ["var.key"]}, "source_security_group_ids": {"__unknown__": "var.sgs", "refs": ["var.sgs"]}}]}),
		group("key_only_variable", {"node_group_name": "ko", "remote_access": [{"ec2_ssh_key": {"__unknown__": "var.key", "refs": ["var.key"]}}]}),
		group("groups_variable", {"node_group_name": "gv", "remote_access": [{"ec2_ssh_key": "ops", "source_security_group_ids": {"__unknown__": "var.sgs", "refs": ["var.sgs"]}}]}),
		group("dynamic", {"node_group_name": "d", "dynamic": {"remote_access": [{"for_each": ["x"], "content": [{"ec2_ssh_key": "ops"}]}]}}),
	]}
}
