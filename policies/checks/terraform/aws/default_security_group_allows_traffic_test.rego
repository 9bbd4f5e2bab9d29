package evident.checks.terraform.default_security_group_allows_traffic_test

import data.evident.checks.terraform.default_security_group_allows_traffic as check
import data.evident.lib.tf_fixtures_test as tf

inline(id, direction) := concat("", [id, " declares an ", direction, " rule: the VPC's default security group, given to every resource launched without one, allows traffic"])

standalone(id) := concat("", [id, " adds a rule to the VPC's default security group, given to every resource launched without one"])

self_ingress := {"protocol": "-1", "self": true, "from_port": 0, "to_port": 0}

all_egress := {"protocol": "-1", "from_port": 0, "to_port": 0, "cidr_blocks": ["0.0.0.0/0"]}

test_inline_rules_are_reported_each if {
	check.deny == {
		{"resource": "aws_default_security_group.default", "path": ["config", "ingress", 0], "msg": inline("aws_default_security_group.default", "ingress")},
		{"resource": "aws_default_security_group.default", "path": ["config", "egress", 0], "msg": inline("aws_default_security_group.default", "egress")},
		{"resource": "aws_default_security_group.default", "path": ["config", "egress", 1], "msg": inline("aws_default_security_group.default", "egress")},
	} with input as tf.doc([tf.res("aws_default_security_group", "default", {
		"vpc_id": tf.unknown("aws_vpc.main.id"),
		"ingress": [self_ingress],
		"egress": [all_egress, object.union(all_egress, {"cidr_blocks": ["10.0.0.0/8"]})],
	})])
}

# Terraform 0.11 wrote a single block as an object (see terraform.blocks).
test_block_written_as_an_object if {
	check.deny == {{"resource": "aws_default_security_group.default", "path": ["config", "ingress"], "msg": inline("aws_default_security_group.default", "ingress")}} with input as tf.doc([tf.res("aws_default_security_group", "default", {"ingress": self_ingress})])
}

test_closed_default_group_and_dynamic_rules_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_default_security_group", "a", {"vpc_id": tf.unknown("aws_vpc.main.id")}),
		tf.res("aws_default_security_group", "b", {"vpc_id": tf.unknown("aws_vpc.other.id"), "ingress": [], "egress": []}),
		tf.res("aws_default_security_group", "c", {"vpc_id": tf.unknown("var.vpc_id"), "dynamic": {"ingress": [{"for_each": tf.unknown("var.rules"), "content": [self_ingress]}]}}),
		tf.res("aws_default_security_group", "d", {"ingress": tf.unknown("var.rules")}),
	])
}

# A dynamic block with a literal non-empty for_each makes rules; an empty one makes none.
test_dynamic_rules_with_a_literal_collection if {
	check.deny == {
		{"resource": "aws_default_security_group.list", "msg": "aws_default_security_group.list declares ingress rules in a dynamic block: the VPC's default security group, given to every resource launched without one, allows traffic"},
		{"resource": "aws_default_security_group.map", "msg": "aws_default_security_group.map declares egress rules in a dynamic block: the VPC's default security group, given to every resource launched without one, allows traffic"},
	} with input as tf.doc([
		tf.res("aws_default_security_group", "list", {"dynamic": {"ingress": [{"for_each": [443, tf.unknown("var.port")], "content": [self_ingress]}]}}),
		tf.res("aws_default_security_group", "map", {"dynamic": {"egress": [{"for_each": {"all": "0.0.0.0/0"}, "content": [all_egress]}]}}),
		tf.res("aws_default_security_group", "empty", {"dynamic": {"ingress": [{"for_each": [], "content": [self_ingress]}], "egress": [{"for_each": {}, "content": [all_egress]}]}}),
	])
}

test_standalone_rules_on_the_default_group if {
	check.deny == {
		{"resource": "aws_security_group_rule.a", "path": ["config", "security_group_id"], "msg": standalone("aws_security_group_rule.a")},
		{"resource": "aws_vpc_security_group_ingress_rule.b", "path": ["config", "security_group_id"], "msg": standalone("aws_vpc_security_group_ingress_rule.b")},
		{"resource": "aws_vpc_security_group_egress_rule.c", "path": ["config", "security_group_id"], "msg": standalone("aws_vpc_security_group_egress_rule.c")},
	} with input as tf.doc([
		tf.res("aws_security_group_rule", "a", {"type": "ingress", "security_group_id": tf.unknown("aws_vpc.main.default_security_group_id")}),
		tf.res("aws_vpc_security_group_ingress_rule", "b", {"security_group_id": tf.unknown("aws_default_security_group.default.id")}),
		tf.res("aws_vpc_security_group_egress_rule", "c", {"security_group_id": tf.unknown("aws_vpc.main.default_security_group_id")}),
	])
}

test_rules_of_other_groups_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_security_group_rule", "a", {"type": "ingress", "security_group_id": tf.unknown("aws_security_group.app.id")}),
		tf.res("aws_vpc_security_group_ingress_rule", "b", {"security_group_id": tf.unknown("var.security_group_id")}),
		tf.res("aws_vpc_security_group_egress_rule", "c", {"security_group_id": "sg-0a1b2c3d"}),
		tf.res("aws_security_group", "app", {"vpc_id": tf.unknown("aws_vpc.main.id"), "ingress": [self_ingress]}),
	])
}
