package evident.checks.terraform.iam_policy_privilege_escalation_test

import data.evident.checks.terraform.iam_policy_privilege_escalation as check
import data.evident.lib.tf_fixtures_test as tf

policy(statements) := json.marshal({"Version": "2012-10-17", "Statement": statements})

test_escalation_paths_are_reported if {
	check.deny == {
		{"resource": "aws_iam_policy.deploy", "path": ["config", "policy"], "msg": "aws_iam_policy.deploy lets whoever holds it make themselves an administrator: it allows iam:PassRole with ec2:RunInstances on Resource \"*\" without a condition"},
		{"resource": "aws_iam_role.ci", "path": ["config", "inline_policy", 0, "policy"], "msg": "aws_iam_role.ci lets whoever holds it make themselves an administrator: it allows iam:PassRole with lambda:CreateFunction with lambda:InvokeFunction; lambda:UpdateFunctionCode on Resource \"*\" without a condition"},
		{"resource": "data.aws_iam_policy_document.ops", "path": ["config", "statement", 0], "msg": "data.aws_iam_policy_document.ops lets whoever holds it make themselves an administrator: it allows iam:CreatePolicyVersion on Resource \"*\" without a condition"},
	} with input as tf.doc([
		tf.res("aws_iam_policy", "deploy", {"policy": policy([{"Effect": "Allow", "Action": ["iam:PassRole", "ec2:RunInstances"], "Resource": "*"}])}),
		# Two inline policies of one role make one path together.
		tf.res("aws_iam_role", "ci", {"inline_policy": [
			{"name": "pass", "policy": policy([{"Effect": "Allow", "Action": "iam:PassRole", "Resource": "*"}])},
			{"name": "lambda", "policy": policy([{"Effect": "Allow", "Action": ["lambda:CreateFunction", "lambda:InvokeFunction", "lambda:UpdateFunctionCode"], "Resource": "*"}])},
		]}),
		tf.data_res("aws_iam_policy_document", "ops", {"statement": [
			{"actions": ["s3:GetObject"], "resources": ["arn:aws:s3:::reports/*"]},
			{"actions": ["iam:CreatePolicyVersion"], "resources": ["*"]},
		]}),
	])
}

test_scoped_conditioned_partial_and_admin_pass if {
	count(check.deny) == 0 with input as tf.doc([
		# The roles it may pass are named.
		tf.res("aws_iam_policy", "named", {"policy": policy([
			{"Effect": "Allow", "Action": "iam:PassRole", "Resource": "arn:aws:iam::111122223333:role/app-instance"},
			{"Effect": "Allow", "Action": "ec2:RunInstances", "Resource": "*"},
		])}),
		# A condition limits it.
		tf.res("aws_iam_policy", "conditioned", {"policy": policy([{"Effect": "Allow", "Action": "lambda:UpdateFunctionCode", "Resource": "*", "Condition": {"StringEquals": {"aws:ResourceTag/pipeline": "ci"}}}])}),
		# Half a path: PassRole alone.
		tf.res("aws_iam_policy", "half", {"policy": policy([{"Effect": "Allow", "Action": ["iam:PassRole", "iam:GetRole"], "Resource": "*"}])}),
		# Administrator access is EVD-TF-039's finding.
		tf.res("aws_iam_policy", "admin", {"policy": policy([{"Effect": "Allow", "Action": "iam:*", "Resource": "*"}])}),
		# A document built elsewhere.
		tf.res("aws_iam_policy", "unknown", {"policy": tf.unknown("data.aws_iam_policy_document.x.json")}),
	])
}

test_policies_a_principal_holds_together if {
	check.deny == {
		{"resource": "aws_iam_role.cosmic", "msg": "aws_iam_role.cosmic holds policies that together let it make itself an administrator: aws_iam_policy.pass, aws_iam_role_policy.run allow iam:PassRole with ec2:RunInstances on Resource \"*\" without a condition"},
		{"resource": "aws_iam_user.ci", "msg": "aws_iam_user.ci holds policies that together let it make itself an administrator: aws_iam_policy.stacks, data.aws_iam_policy_document.pass allow iam:PassRole with cloudformation:CreateStack on Resource \"*\" without a condition"},
	} with input as tf.doc([
		# KICS's shape: an inline policy and an attached managed policy.
		tf.res("aws_iam_role", "cosmic", {"name": "cosmic"}),
		tf.res("aws_iam_role_policy", "run", {"role": tf.unknown("aws_iam_role.cosmic.name"), "policy": policy([{"Effect": "Allow", "Action": "ec2:RunInstances", "Resource": "*"}])}),
		tf.res("aws_iam_policy", "pass", {"policy": policy([{"Effect": "Allow", "Action": "iam:PassRole", "Resource": "*"}])}),
		tf.res("aws_iam_policy_attachment", "attach", {"roles": [tf.unknown("aws_iam_role.cosmic.name")], "policy_arn": tf.unknown("aws_iam_policy.pass.arn")}),
		# A user with a policy written from a document and one attached by name.
		tf.res("aws_iam_user", "ci", {"name": "ci"}),
		tf.data_res("aws_iam_policy_document", "pass", {"statement": [{"actions": ["iam:PassRole"], "resources": ["*"]}]}),
		tf.res("aws_iam_user_policy", "pass", {"user": "ci", "policy": tf.unknown("data.aws_iam_policy_document.pass.json")}),
		tf.res("aws_iam_policy", "stacks", {"policy": policy([{"Effect": "Allow", "Action": "cloudformation:CreateStack", "Resource": "*"}])}),
		tf.res("aws_iam_user_policy_attachment", "stacks", {"user": tf.unknown("aws_iam_user.ci.name"), "policy_arn": tf.unknown("aws_iam_policy.stacks.arn")}),
		# Another role holds only one half.
		tf.res("aws_iam_role", "other", {"name": "other", "managed_policy_arns": [tf.unknown("aws_iam_policy.pass.arn")]}),
	])
}

test_a_path_one_policy_grants_is_reported_once if {
	check.deny == {{"resource": "aws_iam_policy.deploy", "path": ["config", "policy"], "msg": "aws_iam_policy.deploy lets whoever holds it make themselves an administrator: it allows iam:PassRole with ec2:RunInstances on Resource \"*\" without a condition"}} with input as tf.doc([
		tf.res("aws_iam_role", "app", {"name": "app"}),
		tf.res("aws_iam_policy", "deploy", {"policy": policy([{"Effect": "Allow", "Action": ["iam:PassRole", "ec2:RunInstances"], "Resource": "*"}])}),
		tf.res("aws_iam_role_policy_attachment", "deploy", {"role": "app", "policy_arn": tf.unknown("aws_iam_policy.deploy.arn")}),
	])
}
