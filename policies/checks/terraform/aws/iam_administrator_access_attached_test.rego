package evident.checks.terraform.iam_administrator_access_attached_test

import data.evident.checks.terraform.iam_administrator_access_attached as check
import data.evident.lib.tf_fixtures_test as tf

test_attachments if {
	check.deny == {
		{"resource": "aws_iam_role_policy_attachment.a", "path": ["config", "policy_arn"], "msg": "aws_iam_role_policy_attachment.a attaches the AdministratorAccess managed policy"},
		{"resource": "aws_iam_role.r", "path": ["config", "managed_policy_arns", 1], "msg": "aws_iam_role.r attaches the AdministratorAccess managed policy"},
	} with input as tf.doc([
		tf.res("aws_iam_role_policy_attachment", "a", {"policy_arn": "arn:aws:iam::aws:policy/AdministratorAccess"}),
		tf.res("aws_iam_role", "r", {"managed_policy_arns": ["arn:aws:iam::aws:policy/ReadOnlyAccess", "arn:aws-us-gov:iam::aws:policy/AdministratorAccess"]}),
	])
}

test_other_policies_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_iam_role_policy_attachment", "a", {"policy_arn": "arn:aws:iam::aws:policy/ReadOnlyAccess"}),
		tf.res("aws_iam_user_policy_attachment", "b", {"policy_arn": tf.unknown("aws_iam_policy.x.arn")}),
		tf.res("aws_iam_role_policy_attachment", "c", {"policy_arn": "arn:aws:iam::123456789012:policy/AdministratorAccess"}),
	])
}

test_a_data_source_that_looks_up_administrator_access if {
	check.deny == {
		{"resource": "aws_iam_role_policy_attachment.by_name", "path": ["config", "policy_arn"], "msg": "aws_iam_role_policy_attachment.by_name attaches the AdministratorAccess managed policy"},
		{"resource": "aws_iam_group_policy_attachment.by_arn", "path": ["config", "policy_arn"], "msg": "aws_iam_group_policy_attachment.by_arn attaches the AdministratorAccess managed policy"},
		{"resource": "aws_iam_role.r", "path": ["config", "managed_policy_arns", 0], "msg": "aws_iam_role.r attaches the AdministratorAccess managed policy"},
	} with input as tf.doc([
		tf.data_res("aws_iam_policy", "admin", {"name": "AdministratorAccess"}),
		tf.data_res("aws_iam_policy", "admin_arn", {"arn": "arn:aws:iam::aws:policy/AdministratorAccess"}),
		tf.data_res("aws_iam_policy", "read", {"name": "ReadOnlyAccess"}),
		tf.res("aws_iam_role_policy_attachment", "by_name", {"policy_arn": tf.unknown("data.aws_iam_policy.admin.arn")}),
		tf.res("aws_iam_group_policy_attachment", "by_arn", {"policy_arn": tf.unknown("data.aws_iam_policy.admin_arn.arn")}),
		tf.res("aws_iam_role", "r", {"managed_policy_arns": [tf.unknown("data.aws_iam_policy.admin.arn")]}),
		tf.res("aws_iam_user_policy_attachment", "read", {"policy_arn": tf.unknown("data.aws_iam_policy.read.arn")}),
		tf.res("aws_iam_user_policy_attachment", "chosen", {"policy_arn": {"__unknown__": "var.admin ? data.aws_iam_policy.admin.arn : data.aws_iam_policy.read.arn", "refs": ["var.admin", "data.aws_iam_policy.admin.arn", "data.aws_iam_policy.read.arn"]}}),
	])
}
