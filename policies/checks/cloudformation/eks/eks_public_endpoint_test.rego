package evident.checks.cloudformation.eks_public_endpoint_test

import data.evident.checks.cloudformation.eks_public_endpoint as check

cluster(id, vpc) := {"id": id, "type": "AWS::EKS::Cluster", "properties": {"Name": id, "ResourcesVpcConfig": vpc}, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 20}

unknown := {"__unknown__": "Ref P", "refs": ["P"]}

msg(id) := sprintf("%s exposes its API endpoint publicly without restricting PublicAccessCidrs", [id])

test_default_and_open_cidr if {
	check.deny == {
		{"resource": "A", "path": ["properties", "ResourcesVpcConfig"], "msg": msg("A")},
		{"resource": "B", "path": ["properties", "ResourcesVpcConfig"], "msg": msg("B")},
		{"resource": "C", "path": ["properties", "ResourcesVpcConfig"], "msg": msg("C")},
		{"resource": "D", "path": ["properties", "ResourcesVpcConfig", "PublicAccessCidrs", 1], "msg": "D exposes its API endpoint to 0.0.0.0/0"},
		{"resource": "E", "path": ["properties", "ResourcesVpcConfig", "PublicAccessCidrs", 0], "msg": "E exposes its API endpoint to ::/0"},
	} with input as {"resources": [
		cluster("A", {"SubnetIds": ["subnet-1"]}),
		cluster("B", {"EndpointPublicAccess": true, "EndpointPrivateAccess": true}),
		cluster("C", {"EndpointPublicAccess": "True", "PublicAccessCidrs": null}),
		cluster("D", {"PublicAccessCidrs": ["203.0.113.0/24", "0.0.0.0/0"]}),
		cluster("E", {"EndpointPublicAccess": "true", "PublicAccessCidrs": ["::/0"]}),
	]}
}

test_private_restricted_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [
		cluster("A", {"EndpointPublicAccess": false, "EndpointPrivateAccess": true}),
		cluster("B", {"EndpointPublicAccess": "false"}),
		cluster("C", {"PublicAccessCidrs": ["203.0.113.0/24"]}),
		cluster("D", {"EndpointPublicAccess": unknown}),
		cluster("E", {"PublicAccessCidrs": unknown}),
		cluster("F", {"PublicAccessCidrs": ["203.0.113.0/24", unknown]}),
		cluster("G", unknown),
		cluster("H", {"PublicAccessCidrs": []}),
	]}
}

test_cluster_without_vpc_config_is_not_judged if {
	count(check.deny) == 0 with input as {"resources": [{"id": "A", "type": "AWS::EKS::Cluster", "properties": {"Name": "a"}, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 5}]}
}
