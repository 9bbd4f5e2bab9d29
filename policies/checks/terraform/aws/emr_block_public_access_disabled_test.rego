package evident.checks.terraform.emr_block_public_access_disabled_test

import data.evident.checks.terraform.emr_block_public_access_disabled as check
import data.evident.lib.tf_fixtures_test as tf

test_turned_off_is_reported if {
	check.deny == {{
		"resource": "aws_emr_block_public_access_configuration.this", "path": ["config", "block_public_security_group_rules"],
		"msg": "aws_emr_block_public_access_configuration.this turns EMR block public access off: clusters may start with security groups open to the internet",
	}} with input as tf.doc([tf.res("aws_emr_block_public_access_configuration", "this", {"block_public_security_group_rules": false})])
}

test_ranges_beyond_ssh_are_reported if {
	check.deny == {{
		"resource": "aws_emr_block_public_access_configuration.this", "path": ["config", "permitted_public_security_group_rule_range", 1],
		"msg": "aws_emr_block_public_access_configuration.this permits security group rules open to the internet on ports 8888-8890",
	}} with input as tf.doc([tf.res("aws_emr_block_public_access_configuration", "this", {
		"block_public_security_group_rules": true,
		"permitted_public_security_group_rule_range": [{"min_range": 22, "max_range": 22}, {"min_range": 8888, "max_range": 8890}],
	})])
}

test_on_ssh_only_and_unknowns_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_emr_block_public_access_configuration", "a", {"block_public_security_group_rules": true}),
		tf.res("aws_emr_block_public_access_configuration", "b", {"block_public_security_group_rules": true, "permitted_public_security_group_rule_range": [{"min_range": 22, "max_range": 22}]}),
		tf.res("aws_emr_block_public_access_configuration", "c", {"block_public_security_group_rules": tf.unknown("var.block")}),
		tf.res("aws_emr_block_public_access_configuration", "d", {"block_public_security_group_rules": true, "permitted_public_security_group_rule_range": [{"min_range": tf.unknown("var.port"), "max_range": tf.unknown("var.port")}]}),
	])
}
