package evident.checks.terraform.security_group_admin_ports_open_test

import data.evident.checks.terraform.security_group_admin_ports_open as check
import data.evident.lib.tf_fixtures_test as tf

test_three_styles if {
	check.deny == {
		{"resource": "aws_security_group.a", "path": ["config", "ingress", 1, "cidr_blocks", 0], "msg": "aws_security_group.a allows ingress from 0.0.0.0/0 to 22 (SSH)"},
		{"resource": "aws_security_group_rule.b", "path": ["config", "ipv6_cidr_blocks", 0], "msg": "aws_security_group_rule.b allows ingress from ::/0 to 22 (SSH), 3389 (RDP), 5985 (WinRM), 5986 (WinRM)"},
		{"resource": "aws_vpc_security_group_ingress_rule.c", "path": ["config", "cidr_ipv4"], "msg": "aws_vpc_security_group_ingress_rule.c allows ingress from 0.0.0.0/0 to 22 (SSH), 3389 (RDP), 5985 (WinRM), 5986 (WinRM)"},
	} with input as tf.doc([
		tf.res("aws_security_group", "a", {"ingress": [
			{"from_port": 443, "to_port": 443, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"]},
			{"from_port": 22, "to_port": 22, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"]},
		]}),
		tf.res("aws_security_group_rule", "b", {"type": "ingress", "from_port": 0, "to_port": 65535, "protocol": "tcp", "ipv6_cidr_blocks": ["::/0"]}),
		tf.res("aws_vpc_security_group_ingress_rule", "c", {"cidr_ipv4": "0.0.0.0/0", "ip_protocol": "-1"}),
	])
}

test_private_egress_https_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_security_group", "a", {"ingress": [{"from_port": 22, "to_port": 22, "protocol": "tcp", "cidr_blocks": ["10.0.0.0/8"]}]}),
		tf.res("aws_security_group_rule", "b", {"type": "egress", "from_port": 22, "to_port": 22, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"]}),
		tf.res("aws_vpc_security_group_ingress_rule", "c", {"cidr_ipv4": "0.0.0.0/0", "ip_protocol": "tcp", "from_port": 443, "to_port": 443}),
		tf.res("aws_security_group_rule", "d", {"type": "ingress", "from_port": tf.unknown("var.port"), "to_port": tf.unknown("var.port"), "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"]}),
		tf.res("aws_security_group", "e", {"ingress": [{"from_port": 22, "to_port": 22, "protocol": "tcp", "cidr_blocks": tf.unknown("var.cidrs")}]}),
	])
}

test_any_cidr_of_prefix_zero_is_the_internet if {
	check.deny == {
		{"resource": "aws_security_group.a", "path": ["config", "ingress", 0, "cidr_blocks", 0], "msg": "aws_security_group.a allows ingress from 10.0.0.0/0 to 22 (SSH)"},
		{"resource": "aws_vpc_security_group_ingress_rule.b", "path": ["config", "cidr_ipv6"], "msg": "aws_vpc_security_group_ingress_rule.b allows ingress from fd00::/0 to 3389 (RDP)"},
	} with input as tf.doc([
		tf.res("aws_security_group", "a", {"ingress": [{"from_port": 22, "to_port": 22, "protocol": "tcp", "cidr_blocks": ["10.0.0.0/0"]}]}),
		tf.res("aws_vpc_security_group_ingress_rule", "b", {"cidr_ipv6": "fd00::/0", "ip_protocol": "tcp", "from_port": 3389, "to_port": 3389}),
	])
}

test_icmp_types_are_not_ports if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_security_group", "a", {"ingress": [{"from_port": 22, "to_port": 22, "protocol": "icmp", "cidr_blocks": ["0.0.0.0/0"]}]}),
		tf.res("aws_security_group_rule", "b", {"type": "ingress", "from_port": 3, "to_port": 3389, "protocol": "58", "ipv6_cidr_blocks": ["::/0"]}),
		tf.res("aws_vpc_security_group_ingress_rule", "c", {"cidr_ipv4": "0.0.0.0/0", "ip_protocol": "icmp", "from_port": 22, "to_port": 22}),
	])
}
