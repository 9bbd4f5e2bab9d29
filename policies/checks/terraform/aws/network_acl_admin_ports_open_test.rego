package evident.checks.terraform.network_acl_admin_ports_open_test

import data.evident.checks.terraform.network_acl_admin_ports_open as check
import data.evident.lib.tf_fixtures_test as tf

acl_ref := tf.unknown("aws_network_acl.public.id")

rule(name, config) := tf.res("aws_network_acl_rule", name, object.union({"network_acl_id": acl_ref, "egress": false}, config))

test_inline_rules_and_rule_resources if {
	check.deny == {
		{"resource": "aws_network_acl.a", "path": ["config", "ingress", 1, "cidr_block"], "msg": "aws_network_acl.a allows ingress from 0.0.0.0/0 to 22 (SSH)"},
		{"resource": "aws_default_network_acl.b", "path": ["config", "ingress", 0, "ipv6_cidr_block"], "msg": "aws_default_network_acl.b allows ingress from ::/0 to every port (protocol -1), including every administration and database port"},
		{"resource": "aws_network_acl_rule.c", "path": ["config", "cidr_block"], "msg": "aws_network_acl_rule.c allows ingress from 0.0.0.0/0 to 1433 (SQL Server), 1521 (Oracle), 3306 (MySQL), 3389 (RDP)"},
		{"resource": "aws_network_acl_rule.d", "path": ["config", "cidr_block"], "msg": "aws_network_acl_rule.d allows ingress from 0.0.0.0/0 to every port (protocol all), including every administration and database port"},
	} with input as tf.doc([
		tf.res("aws_network_acl", "a", {"ingress": [
			{"rule_no": 100, "action": "allow", "protocol": "tcp", "cidr_block": "0.0.0.0/0", "from_port": 443, "to_port": 443},
			{"rule_no": 110, "action": "allow", "protocol": "tcp", "cidr_block": "0.0.0.0/0", "from_port": 22, "to_port": 22},
		]}),
		tf.res("aws_default_network_acl", "b", {"ingress": [{"rule_no": 100, "action": "allow", "protocol": "-1", "ipv6_cidr_block": "::/0", "from_port": 0, "to_port": 0}]}),
		tf.res("aws_network_acl_rule", "c", {"network_acl_id": "acl-0123", "rule_number": 100, "rule_action": "allow", "protocol": "6", "cidr_block": "0.0.0.0/0", "from_port": 1024, "to_port": 3400}),
		tf.res("aws_network_acl_rule", "d", {"network_acl_id": "acl-4567", "rule_number": 100, "rule_action": "allow", "protocol": "all", "cidr_block": "0.0.0.0/0"}),
	])
}

test_private_deny_egress_other_protocols_and_ports_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_network_acl", "a", {
			"ingress": [
				{"rule_no": 100, "action": "allow", "protocol": "tcp", "cidr_block": "10.0.0.0/8", "from_port": 22, "to_port": 22},
				{"rule_no": 110, "action": "deny", "protocol": "tcp", "cidr_block": "0.0.0.0/0", "from_port": 22, "to_port": 22},
				{"rule_no": 120, "action": "allow", "protocol": "tcp", "cidr_block": "0.0.0.0/0", "from_port": 1024, "to_port": 1400},
				{"rule_no": 130, "action": "allow", "protocol": "udp", "cidr_block": "0.0.0.0/0", "from_port": 0, "to_port": 65535},
				{"rule_no": 140, "action": "allow", "protocol": "icmp", "cidr_block": "0.0.0.0/0", "from_port": 22, "to_port": 22, "icmp_type": 0, "icmp_code": -1},
			],
			"egress": [{"rule_no": 100, "action": "allow", "protocol": "-1", "cidr_block": "0.0.0.0/0", "from_port": 0, "to_port": 0}],
		}),
		rule("b", {"egress": true, "rule_number": 100, "rule_action": "allow", "protocol": "-1", "cidr_block": "0.0.0.0/0"}),
	])
}

test_unknown_values_pass if {
	count(check.deny) == 0 with input as tf.doc([
		rule("a", {"rule_number": 100, "rule_action": "allow", "protocol": "tcp", "cidr_block": tf.unknown("var.cidr"), "from_port": 22, "to_port": 22}),
		tf.res("aws_network_acl_rule", "b", {"network_acl_id": "acl-1", "rule_number": 100, "rule_action": "allow", "protocol": tf.unknown("var.protocol"), "cidr_block": "0.0.0.0/0", "from_port": 22, "to_port": 22}),
		tf.res("aws_network_acl_rule", "c", {"network_acl_id": "acl-2", "rule_number": 100, "rule_action": "allow", "protocol": "tcp", "cidr_block": "0.0.0.0/0", "from_port": tf.unknown("var.port"), "to_port": 22}),
		tf.res("aws_network_acl_rule", "d", {"network_acl_id": "acl-3", "rule_number": 100, "rule_action": tf.unknown("var.action"), "protocol": "-1", "cidr_block": "0.0.0.0/0"}),
		tf.res("aws_network_acl_rule", "e", {"network_acl_id": "acl-4", "egress": tf.unknown("var.egress"), "rule_number": 100, "rule_action": "allow", "protocol": "-1", "cidr_block": "0.0.0.0/0"}),
		tf.res("aws_network_acl", "f", {"ingress": tf.unknown("var.rules")}),
	])
}

test_lower_deny_of_the_whole_internet_hides_its_ports if {
	check.deny == {
		# 22 and 3389 are denied first; the other ports are still admitted
		{"resource": "aws_network_acl.a", "path": ["config", "ingress", 2, "cidr_block"], "msg": "aws_network_acl.a allows ingress from 0.0.0.0/0 to 1433 (SQL Server), 1521 (Oracle), 3306 (MySQL), 5432 (PostgreSQL), 5439 (Redshift), 5985 (WinRM), 5986 (WinRM), 6379 (Redis), 9042 (Cassandra), 9200 (Elasticsearch), 9300 (Elasticsearch transport), 11211 (Memcached), 27017 (MongoDB)"},
		# the IPv4 deny does not cover IPv6 sources
		{"resource": "aws_network_acl.a", "path": ["config", "ingress", 3, "ipv6_cidr_block"], "msg": "aws_network_acl.a allows ingress from ::/0 to every port (protocol -1), including every administration and database port"},
	} with input as tf.doc([tf.res("aws_network_acl", "a", {"ingress": [
		{"rule_no": 100, "action": "deny", "protocol": "tcp", "cidr_block": "0.0.0.0/0", "from_port": 22, "to_port": 22},
		{"rule_no": 101, "action": "deny", "protocol": "tcp", "cidr_block": "0.0.0.0/0", "from_port": 3389, "to_port": 3389},
		{"rule_no": 200, "action": "allow", "protocol": "-1", "cidr_block": "0.0.0.0/0", "from_port": 0, "to_port": 0},
		{"rule_no": 210, "action": "allow", "protocol": "-1", "ipv6_cidr_block": "::/0", "from_port": 0, "to_port": 0},
	]})])
}

test_deny_rule_resources_of_the_same_acl if {
	check.deny == {{"resource": "aws_network_acl_rule.ssh_late", "path": ["config", "cidr_block"], "msg": "aws_network_acl_rule.ssh_late allows ingress from 0.0.0.0/0 to 22 (SSH)"}} with input as tf.doc([
		tf.res("aws_network_acl", "public", {}),
		rule("deny_all", {"rule_number": 50, "rule_action": "deny", "protocol": "-1", "cidr_block": "0.0.0.0/0"}),
		rule("ssh", {"rule_number": 100, "rule_action": "allow", "protocol": "tcp", "cidr_block": "0.0.0.0/0", "from_port": 22, "to_port": 22}),
		# a deny of another ACL, a later deny, and a deny of a narrower range do not hide it
		tf.res("aws_network_acl_rule", "other_acl", {"network_acl_id": tf.unknown("aws_network_acl.private.id"), "egress": false, "rule_number": 10, "rule_action": "deny", "protocol": "-1", "cidr_block": "0.0.0.0/0"}),
		tf.res("aws_network_acl_rule", "ssh_late", {"network_acl_id": tf.unknown("aws_network_acl.other.id"), "rule_number": 100, "rule_action": "allow", "protocol": "tcp", "cidr_block": "0.0.0.0/0", "from_port": 22, "to_port": 22}),
		tf.res("aws_network_acl_rule", "later_deny", {"network_acl_id": tf.unknown("aws_network_acl.other.id"), "rule_number": 200, "rule_action": "deny", "protocol": "-1", "cidr_block": "0.0.0.0/0"}),
		tf.res("aws_network_acl_rule", "narrow_deny", {"network_acl_id": tf.unknown("aws_network_acl.other.id"), "rule_number": 10, "rule_action": "deny", "protocol": "-1", "cidr_block": "198.51.100.0/24"}),
	])
}

test_a_deny_that_may_come_first_keeps_it_silent if {
	count(check.deny) == 0 with input as tf.doc([
		# rule number of the deny, or of the allow, not known
		rule("deny_a", {"rule_number": tf.unknown("var.n"), "rule_action": "deny", "protocol": "-1", "cidr_block": "0.0.0.0/0"}),
		rule("allow_a", {"rule_number": 100, "rule_action": "allow", "protocol": "tcp", "cidr_block": "0.0.0.0/0", "from_port": 22, "to_port": 22}),
		# deny ports, protocol, CIDR or action not known
		tf.res("aws_network_acl", "b", {"ingress": [
			{"rule_no": 10, "action": "deny", "protocol": "tcp", "cidr_block": "0.0.0.0/0", "from_port": tf.unknown("var.p"), "to_port": tf.unknown("var.p")},
			{"rule_no": 100, "action": "allow", "protocol": "tcp", "cidr_block": "0.0.0.0/0", "from_port": 22, "to_port": 22},
		]}),
		tf.res("aws_network_acl", "c", {"ingress": [
			{"rule_no": 10, "action": "deny", "protocol": tf.unknown("var.protocol"), "cidr_block": "0.0.0.0/0", "from_port": 80, "to_port": 80},
			{"rule_no": 100, "action": "allow", "protocol": "tcp", "cidr_block": "0.0.0.0/0", "from_port": 22, "to_port": 22},
		]}),
		tf.res("aws_network_acl", "d", {"ingress": [
			{"rule_no": 10, "action": "deny", "protocol": "-1", "cidr_block": tf.unknown("var.blocked")},
			{"rule_no": 100, "action": "allow", "protocol": "tcp", "cidr_block": "0.0.0.0/0", "from_port": 22, "to_port": 22},
		]}),
		tf.res("aws_network_acl", "e", {"ingress": [
			{"rule_no": 10, "action": tf.unknown("var.action"), "protocol": "-1", "cidr_block": "0.0.0.0/0"},
			{"rule_no": 100, "action": "allow", "protocol": "tcp", "cidr_block": "0.0.0.0/0", "from_port": 22, "to_port": 22},
		]}),
		# a dynamic ingress block may hold an earlier deny, for inline rules and rule resources alike
		tf.res("aws_network_acl", "f", {
			"ingress": [{"rule_no": 100, "action": "allow", "protocol": "tcp", "cidr_block": "0.0.0.0/0", "from_port": 22, "to_port": 22}],
			"dynamic": {"ingress": [{"for_each": tf.unknown("var.denies"), "content": [{}]}]},
		}),
		tf.res("aws_network_acl_rule", "g", {"network_acl_id": tf.unknown("aws_network_acl.f.id"), "rule_number": 200, "rule_action": "allow", "protocol": "-1", "cidr_block": "0.0.0.0/0"}),
	])
}

# network_acl_id and rule_number are required by the provider; a rule written without them is
# still an allow rule from the internet.
test_rule_without_acl_id_or_number if {
	check.deny == {{"resource": "aws_network_acl_rule.partial", "path": ["config", "cidr_block"], "msg": "aws_network_acl_rule.partial allows ingress from 0.0.0.0/0 to 22 (SSH)"}} with input as tf.doc([tf.res("aws_network_acl_rule", "partial", {"egress": false, "protocol": "tcp", "from_port": 22, "to_port": 22, "rule_action": "allow", "cidr_block": "0.0.0.0/0"})])
}
