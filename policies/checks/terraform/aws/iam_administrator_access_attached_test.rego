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
