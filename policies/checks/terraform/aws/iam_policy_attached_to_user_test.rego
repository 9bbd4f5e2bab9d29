package evident.checks.terraform.iam_policy_attached_to_user_test

import data.evident.checks.terraform.iam_policy_attached_to_user as check
import data.evident.lib.tf_fixtures_test as tf

test_inline_user_policy if {
	check.deny == {{"resource": "aws_iam_user_policy.ci", "msg": "aws_iam_user_policy.ci gives an IAM user an inline policy (grant permissions through a group or role)"}} with input as tf.doc([
		tf.res("aws_iam_user_policy", "ci", {"user": tf.unknown("aws_iam_user.ci.name"), "policy": "{}"}),
		tf.res("aws_iam_group_policy", "ops", {"group": "ops", "policy": "{}"}),
	])
}

test_user_policy_attachment if {
	check.deny == {{"resource": "aws_iam_user_policy_attachment.ci", "msg": "aws_iam_user_policy_attachment.ci attaches a managed policy directly to an IAM user (grant permissions through a group or role)"}} with input as tf.doc([
		tf.res("aws_iam_user_policy_attachment", "ci", {"user": "ci", "policy_arn": "arn:aws:iam::aws:policy/ReadOnlyAccess"}),
		tf.res("aws_iam_group_policy_attachment", "ops", {"group": "ops", "policy_arn": "arn:aws:iam::aws:policy/ReadOnlyAccess"}),
		tf.res("aws_iam_role_policy_attachment", "app", {"role": "app", "policy_arn": "arn:aws:iam::aws:policy/ReadOnlyAccess"}),
	])
}

test_policy_attachment_with_users if {
	check.deny == {{"resource": "aws_iam_policy_attachment.read", "path": ["config", "users"], "msg": "aws_iam_policy_attachment.read attaches its policy directly to IAM users (grant permissions through a group or role)"}} with input as tf.doc([
		tf.res("aws_iam_policy_attachment", "read", {"name": "read", "users": [tf.unknown("aws_iam_user.ci.name")], "groups": ["ops"], "policy_arn": "arn:aws:iam::aws:policy/ReadOnlyAccess"}),
	])
}

test_policy_attachment_to_groups_and_roles_or_unknown_users_passes if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_iam_policy_attachment", "a", {"name": "a", "groups": ["ops"], "roles": ["app"], "policy_arn": "arn:aws:iam::aws:policy/ReadOnlyAccess"}),
		tf.res("aws_iam_policy_attachment", "b", {"name": "b", "users": [], "roles": ["app"], "policy_arn": "arn:aws:iam::aws:policy/ReadOnlyAccess"}),
		tf.res("aws_iam_policy_attachment", "c", {"name": "c", "users": tf.unknown("var.users"), "policy_arn": "arn:aws:iam::aws:policy/ReadOnlyAccess"}),
		tf.res("aws_iam_policy_attachment", "d", {"name": "d", "users": null, "roles": ["app"], "policy_arn": "arn:aws:iam::aws:policy/ReadOnlyAccess"}),
	])
}

test_never_created_user_policy_passes if {
	count(check.deny) == 0 with input as tf.doc([object.union(tf.res("aws_iam_user_policy", "ci", {"user": "ci", "policy": "{}"}), {"count": 0})])
}
