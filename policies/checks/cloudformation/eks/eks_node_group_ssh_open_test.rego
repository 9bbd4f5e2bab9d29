package evident.checks.cloudformation.eks_node_group_ssh_open_test

import data.evident.checks.cloudformation.eks_node_group_ssh_open as check

group(id, properties) := {"id": id, "type": "AWS::EKS::Nodegroup", "properties": properties}

msg(id) := concat("", [id, " lets SSH in from anywhere: RemoteAccess names an Ec2SshKey without SourceSecurityGroups, so EKS opens port 22 of its nodes to 0.0.0.0/0"])

test_a_key_without_source_groups_is_reported if {
	check.deny == {
		{"resource": "Workers", "path": ["properties", "RemoteAccess"], "msg": msg("Workers")},
		{"resource": "EmptyList", "path": ["properties", "RemoteAccess"], "msg": msg("EmptyList")},
	} with input as {"type": "cloudformation", "resources": [
		group("Workers", {"ClusterName": "prod", "RemoteAccess": {"Ec2SshKey": "ops"}}),
		group("EmptyList", {"ClusterName": "prod", "RemoteAccess": {"Ec2SshKey": "ops", "SourceSecurityGroups": []}}),
		group("Bastion", {"ClusterName": "prod", "RemoteAccess": {"Ec2SshKey": "ops", "SourceSecurityGroups": [{"__unknown__": "Ref BastionGroup", "refs": ["BastionGroup"]}]}}),
	]}
}

test_no_key_and_unknowns_pass if {
	count(check.deny) == 0 with input as {"type": "cloudformation", "resources": [
		group("None", {"ClusterName": "prod"}),
		group("KeyParameter", {"ClusterName": "prod", "RemoteAccess": {"Ec2SshKey": {"__unknown__": "Ref KeyName", "refs": ["KeyName"]}, "SourceSecurityGroups": {"__unknown__": "Ref Groups", "refs": ["Groups"]}}}),
		group("KeyOnlyParameter", {"ClusterName": "prod", "RemoteAccess": {"Ec2SshKey": {"__unknown__": "Ref KeyName", "refs": ["KeyName"]}}}),
		group("GroupsParameter", {"ClusterName": "prod", "RemoteAccess": {"Ec2SshKey": "ops", "SourceSecurityGroups": {"__unknown__": "Ref Groups", "refs": ["Groups"]}}}),
		group("Conditional", {"ClusterName": "prod", "RemoteAccess": {"__unknown__": "Fn::If Ssh", "refs": []}}),
	]}
}
