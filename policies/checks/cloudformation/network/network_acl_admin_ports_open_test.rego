package evident.checks.cloudformation.network_acl_admin_ports_open_test

import data.evident.checks.cloudformation.network_acl_admin_ports_open as check

acl := {"__unknown__": "Ref PublicAcl", "refs": ["PublicAcl"], "__ref__": "PublicAcl"}

unknown(name) := {"__unknown__": concat(" ", ["Ref", name]), "refs": [name]}

entry(id, props) := {"id": id, "type": "AWS::EC2::NetworkAclEntry", "properties": object.union({"NetworkAclId": acl}, props), "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

test_ssh_range_and_all_protocols_are_reported if {
	check.deny == {
		{"resource": "Ssh", "path": ["properties", "CidrBlock"], "msg": "Ssh allows ingress from 0.0.0.0/0 to 22 (SSH)"},
		{"resource": "Range", "path": ["properties", "Ipv6CidrBlock"], "msg": "Range allows ingress from ::/0 to 3306 (MySQL), 3389 (RDP), 5432 (PostgreSQL)"},
		{"resource": "All", "path": ["properties", "CidrBlock"], "msg": "All allows ingress from 0.0.0.0/0 to every port (protocol -1), including every administration and database port"},
	} with input as {"resources": [
		entry("Ssh", {"RuleNumber": 100, "Protocol": 6, "RuleAction": "allow", "CidrBlock": "0.0.0.0/0", "PortRange": {"From": 22, "To": 22}}),
		entry("Range", {"RuleNumber": "110", "Protocol": "6", "RuleAction": "allow", "Egress": "false", "Ipv6CidrBlock": "::/0", "PortRange": {"From": "3306", "To": "5432"}}),
		entry("All", {"NetworkAclId": "acl-0123", "RuleNumber": 100, "Protocol": -1, "RuleAction": "allow", "CidrBlock": "0.0.0.0/0"}),
	]}
}

test_private_egress_udp_deny_https_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [
		entry("Private", {"RuleNumber": 100, "Protocol": 6, "RuleAction": "allow", "CidrBlock": "10.0.0.0/8", "PortRange": {"From": 22, "To": 22}}),
		entry("Egress", {"RuleNumber": 100, "Protocol": -1, "RuleAction": "allow", "Egress": true, "CidrBlock": "0.0.0.0/0"}),
		entry("Udp", {"RuleNumber": 120, "Protocol": 17, "RuleAction": "allow", "CidrBlock": "0.0.0.0/0", "PortRange": {"From": 0, "To": 65535}}),
		entry("Deny", {"RuleNumber": 130, "Protocol": -1, "RuleAction": "deny", "CidrBlock": "0.0.0.0/0"}),
		entry("Https", {"RuleNumber": 140, "Protocol": 6, "RuleAction": "allow", "CidrBlock": "0.0.0.0/0", "PortRange": {"From": 443, "To": 443}}),
		entry("UnknownCidr", {"NetworkAclId": "acl-1", "RuleNumber": 100, "Protocol": 6, "RuleAction": "allow", "CidrBlock": unknown("Cidr"), "PortRange": {"From": 22, "To": 22}}),
		entry("UnknownPorts", {"NetworkAclId": "acl-2", "RuleNumber": 100, "Protocol": 6, "RuleAction": "allow", "CidrBlock": "0.0.0.0/0", "PortRange": unknown("Ports")}),
		entry("UnknownPort", {"NetworkAclId": "acl-3", "RuleNumber": 100, "Protocol": 6, "RuleAction": "allow", "CidrBlock": "0.0.0.0/0", "PortRange": {"From": unknown("Port"), "To": 22}}),
		entry("UnknownProtocol", {"NetworkAclId": "acl-4", "RuleNumber": 100, "Protocol": unknown("Protocol"), "RuleAction": "allow", "CidrBlock": "0.0.0.0/0"}),
		entry("UnknownEgress", {"NetworkAclId": "acl-5", "RuleNumber": 100, "Protocol": -1, "RuleAction": "allow", "Egress": unknown("Egress"), "CidrBlock": "0.0.0.0/0"}),
	]}
}

test_earlier_denies_of_the_same_acl if {
	check.deny == {
		{"resource": "AllowAll", "path": ["properties", "CidrBlock"], "msg": "AllowAll allows ingress from 0.0.0.0/0 to 1433 (SQL Server), 1521 (Oracle), 3306 (MySQL), 5432 (PostgreSQL), 5439 (Redshift), 5985 (WinRM), 5986 (WinRM), 6379 (Redis), 9042 (Cassandra), 9200 (Elasticsearch), 9300 (Elasticsearch transport), 11211 (Memcached), 27017 (MongoDB)"},
		{"resource": "OtherAcl", "path": ["properties", "CidrBlock"], "msg": "OtherAcl allows ingress from 0.0.0.0/0 to 22 (SSH)"},
	} with input as {"resources": [
		entry("DenySsh", {"RuleNumber": 10, "Protocol": 6, "RuleAction": "deny", "CidrBlock": "0.0.0.0/0", "PortRange": {"From": 22, "To": 22}}),
		entry("DenyRdp", {"RuleNumber": "20", "Protocol": "6", "RuleAction": "deny", "CidrBlock": "0.0.0.0/0", "PortRange": {"From": 3389, "To": 3389}}),
		entry("AllowAll", {"RuleNumber": 100, "Protocol": -1, "RuleAction": "allow", "CidrBlock": "0.0.0.0/0"}),
		entry("OtherAcl", {"NetworkAclId": {"__unknown__": "Ref PrivateAcl", "refs": ["PrivateAcl"], "__ref__": "PrivateAcl"}, "RuleNumber": 100, "Protocol": 6, "RuleAction": "allow", "CidrBlock": "0.0.0.0/0", "PortRange": {"From": 22, "To": 22}}),
	]}
}

test_a_deny_that_may_come_first_keeps_it_silent if {
	count(check.deny) == 0 with input as {"resources": [
		entry("Deny", {"RuleNumber": unknown("N"), "Protocol": 6, "RuleAction": "deny", "CidrBlock": "0.0.0.0/0", "PortRange": {"From": 22, "To": 22}}),
		entry("Ssh", {"RuleNumber": 100, "Protocol": 6, "RuleAction": "allow", "CidrBlock": "0.0.0.0/0", "PortRange": {"From": 22, "To": 22}}),
		entry("MaybeDeny", {"NetworkAclId": "acl-1", "RuleNumber": 10, "Protocol": -1, "RuleAction": unknown("Action"), "CidrBlock": "0.0.0.0/0"}),
		entry("Rdp", {"NetworkAclId": "acl-1", "RuleNumber": 100, "Protocol": 6, "RuleAction": "allow", "CidrBlock": "0.0.0.0/0", "PortRange": {"From": 3389, "To": 3389}}),
	]}
}
