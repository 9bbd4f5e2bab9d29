package evident.checks.terraform.vpc_flow_logs_missing_test

import data.evident.checks.terraform.vpc_flow_logs_missing as check
import data.evident.lib.tf_fixtures_test as tf

test_vpc_without_flow_log if {
	check.deny == {{"resource": "aws_vpc.b", "msg": "aws_vpc.b has no aws_flow_log"}} with input as tf.doc([
		tf.res("aws_vpc", "a", {}), tf.res("aws_vpc", "b", {}),
		tf.res("aws_flow_log", "a", {"vpc_id": tf.unknown("aws_vpc.a.id")}),
	])
}

call(name, config) := {"id": concat(".", ["module", name]), "name": name, "source": "./flow-logs", "source_type": "local", "file": "main.tf", "startLine": 1, "endLine": 3, "config": config}

# A module the checks do not see may create the flow log of a VPC it is given;
# one whose resources are modelled (created_by) is seen, and creates none here.
test_vpc_passed_to_an_unmodelled_module_is_not_reported if {
	created := object.union(tf.res("aws_security_group", "this", {"vpc_id": tf.unknown("aws_vpc.a.id")}), {"id": "module.sg.aws_security_group.this", "created_by": {"call": "module.sg", "source": "terraform-aws-modules/security-group/aws", "module": "terraform-aws-modules/security-group/aws"}})
	check.deny == {{"resource": "aws_vpc.b", "msg": "aws_vpc.b has no aws_flow_log"}} with input as object.union(tf.doc([tf.res("aws_vpc", "a", {}), tf.res("aws_vpc", "b", {}), created]), {"modules": [
		call("flow", {"settings": {"vpc_id": tf.unknown("aws_vpc.a.id")}}),
		call("sg", {"vpc_id": tf.unknown("aws_vpc.b.id")}),
	]})
}

test_unattributed_flow_log_silences if {
	count(check.deny) == 0 with input as tf.doc([tf.res("aws_vpc", "a", {}), tf.res("aws_flow_log", "x", {"vpc_id": tf.unknown("var.vpc_id")})])
}
