package evident.checks.terraform.iam_policy_full_admin_test

import data.evident.checks.terraform.iam_policy_full_admin as check
import data.evident.lib.tf_fixtures_test as tf

admin := json.marshal({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]})

test_policy_inline_and_data_source if {
	check.deny == {
		{"resource": "aws_iam_policy.a", "path": ["config", "policy"], "msg": "aws_iam_policy.a allows Action \"*\" on Resource \"*\" (full administrator access)"},
		{"resource": "aws_iam_role.r", "path": ["config", "inline_policy", 0, "policy"], "msg": "aws_iam_role.r allows Action \"*\" on Resource \"*\" (full administrator access)"},
		{"resource": "data.aws_iam_policy_document.d", "path": ["config", "statement", 1], "msg": "data.aws_iam_policy_document.d allows Action \"*\" on Resource \"*\" (full administrator access)"},
	} with input as tf.doc([
		tf.res("aws_iam_policy", "a", {"policy": admin}),
		tf.res("aws_iam_role", "r", {"inline_policy": [{"name": "x", "policy": admin}]}),
		tf.data_res("aws_iam_policy_document", "d", {"statement": [{"actions": ["s3:GetObject"], "resources": ["*"]}, {"actions": ["*"], "resources": ["*"]}]}),
	])
}

test_every_iam_action if {
	check.deny == {
		{"resource": "aws_iam_policy.a", "path": ["config", "policy"], "msg": "aws_iam_policy.a allows Action \"iam:*\" on Resource \"*\" (it can grant itself full administrator access)"},
		{"resource": "data.aws_iam_policy_document.d", "path": ["config", "statement", 0], "msg": "data.aws_iam_policy_document.d allows Action \"iam:*\" on Resource \"*\" (it can grant itself full administrator access)"},
	} with input as tf.doc([
		tf.res("aws_iam_policy", "a", {"policy": json.marshal({"Statement": [{"Effect": "Allow", "Action": ["s3:GetObject", "IAM:*"], "Resource": "*"}]})}),
		tf.data_res("aws_iam_policy_document", "d", {"statement": [{"actions": ["iam:*"], "resources": ["*"]}]}),
	])
}

test_some_iam_actions_or_scoped_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_iam_policy", "a", {"policy": json.marshal({"Statement": [{"Effect": "Allow", "Action": ["iam:Get*", "iam:List*"], "Resource": "*"}]})}),
		tf.res("aws_iam_policy", "b", {"policy": json.marshal({"Statement": [{"Effect": "Allow", "Action": "iam:*", "Resource": "arn:aws:iam::1:role/app-*"}]})}),
		tf.res("aws_iam_policy", "c", {"policy": json.marshal({"Statement": [{"Effect": "Deny", "Action": "iam:*", "Resource": "*"}]})}),
	])
}

test_scoped_deny_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_iam_policy", "a", {"policy": json.marshal({"Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]})}),
		tf.res("aws_iam_policy", "b", {"policy": json.marshal({"Statement": [{"Effect": "Deny", "Action": "*", "Resource": "*"}]})}),
		tf.res("aws_iam_policy", "c", {"policy": tf.unknown("data.aws_iam_policy_document.c.json")}),
		tf.res("aws_iam_role_policy", "d", {"policy": json.marshal({"Statement": [{"Effect": "Allow", "Action": ["*"], "Resource": "arn:aws:s3:::b/*"}]})}),
	])
}
