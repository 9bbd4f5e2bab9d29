package evident.checks.terraform.security_group_database_ports_open_test

import data.evident.checks.terraform.security_group_database_ports_open as check
import data.evident.lib.tf_fixtures_test as tf

test_db_ports if {
	check.deny == {
		{"resource": "aws_security_group.db", "path": ["config", "ingress", 0, "cidr_blocks", 0], "msg": "aws_security_group.db allows ingress from 0.0.0.0/0 to 5432 (PostgreSQL)"},
		{"resource": "aws_security_group_rule.range", "path": ["config", "cidr_blocks", 0], "msg": "aws_security_group_rule.range allows ingress from 0.0.0.0/0 to 3306 (MySQL), 5432 (PostgreSQL), 5439 (Redshift)"},
		{"resource": "aws_vpc_security_group_ingress_rule.all", "path": ["config", "cidr_ipv6"], "msg": "aws_vpc_security_group_ingress_rule.all allows ingress from ::/0 to every port (protocol -1), including every database port"},
	} with input as tf.doc([
		tf.res("aws_security_group", "db", {"ingress": [{"from_port": 5432, "to_port": 5432, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"]}]}),
		tf.res("aws_security_group_rule", "range", {"type": "ingress", "from_port": 3000, "to_port": 6000, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"]}),
		tf.res("aws_vpc_security_group_ingress_rule", "all", {"cidr_ipv6": "::/0", "ip_protocol": "-1"}),
	])
}

test_private_and_other_ports_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_security_group", "db", {"ingress": [{"from_port": 5432, "to_port": 5432, "protocol": "tcp", "cidr_blocks": ["10.0.0.0/16"]}]}),
		tf.res("aws_security_group_rule", "web", {"type": "ingress", "from_port": 443, "to_port": 443, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"]}),
	])
}
