package evident.checks.cloudformation.subnet_public_ip_on_launch_test

import data.evident.checks.cloudformation.subnet_public_ip_on_launch as check

subnet(id, props) := {"id": id, "type": "AWS::EC2::Subnet", "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

test_public_by_default_is_reported if {
	check.deny == {
		{"resource": "Workers", "path": ["properties", "MapPublicIpOnLaunch"], "msg": "Workers gives every instance launched into it a public IP address (MapPublicIpOnLaunch: true)"},
		{"resource": "Edge", "path": ["properties", "MapPublicIpOnLaunch"], "msg": "Edge gives every instance launched into it a public IP address (MapPublicIpOnLaunch: true)"},
	} with input as {"resources": [
		subnet("Workers", {"VpcId": "vpc-1", "CidrBlock": "10.0.1.0/24", "MapPublicIpOnLaunch": true}),
		subnet("Edge", {"VpcId": "vpc-1", "CidrBlock": "10.0.2.0/24", "MapPublicIpOnLaunch": "true"}),
	]}
}

# False, unset (the default), unknown.
test_private_subnets_pass if {
	count(check.deny) == 0 with input as {"resources": [
		subnet("A", {"VpcId": "vpc-1", "MapPublicIpOnLaunch": false}),
		subnet("B", {"VpcId": "vpc-1"}),
		subnet("C", {"VpcId": "vpc-1", "MapPublicIpOnLaunch": {"__unknown__": "Ref Public", "refs": ["Public"]}}),
	]}
}
