package evident.checks.cloudformation.security_group_open_admin_port_test

import data.evident.checks.cloudformation.security_group_open_admin_port as check

res(id, type, props) := {"id": id, "type": type, "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

test_inline_ssh_and_standalone_range_are_reported if {
	check.deny == {
		{"resource": "AppSg", "path": ["properties", "SecurityGroupIngress", 1], "msg": "AppSg allows 0.0.0.0/0 to port 22 (SSH)"},
		{"resource": "DbIngress", "path": ["properties", "CidrIpv6"], "msg": "DbIngress allows ::/0 to port 3306 (MySQL), 3389 (RDP), 5432 (PostgreSQL)"},
	} with input as {"resources": [
		res("AppSg", "AWS::EC2::SecurityGroup", {"SecurityGroupIngress": [
			{"IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "CidrIp": "0.0.0.0/0"},
			{"IpProtocol": "tcp", "FromPort": "22", "ToPort": "22", "CidrIp": "0.0.0.0/0"},
		]}),
		res("DbIngress", "AWS::EC2::SecurityGroupIngress", {"GroupId": "sg-1", "IpProtocol": 6, "FromPort": 3306, "ToPort": 5432, "CidrIpv6": "::/0"}),
	]}
}

test_all_protocols_is_reported if {
	check.deny == {{"resource": "AppSg", "path": ["properties", "SecurityGroupIngress", 0], "msg": "AppSg allows every protocol and port from 0.0.0.0/0"}} with input as {"resources": [res("AppSg", "AWS::EC2::SecurityGroup", {"SecurityGroupIngress": [{"IpProtocol": "-1", "CidrIp": "0.0.0.0/0"}]})]}
}

test_private_https_udp_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [res("AppSg", "AWS::EC2::SecurityGroup", {"SecurityGroupIngress": [
		{"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "CidrIp": "10.0.0.0/8"},
		{"IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "CidrIp": "0.0.0.0/0"},
		{"IpProtocol": "udp", "FromPort": 3389, "ToPort": 3389, "CidrIp": "0.0.0.0/0"},
		{"IpProtocol": "tcp", "FromPort": {"__unknown__": "Ref P", "refs": ["P"]}, "ToPort": {"__unknown__": "Ref P", "refs": ["P"]}, "CidrIp": "0.0.0.0/0"},
		{"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "CidrIp": {"__unknown__": "Ref Cidr", "refs": ["Cidr"]}},
	]})]}
}
