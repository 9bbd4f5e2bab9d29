package evident.checks.cloudformation.iam_policy_privilege_escalation_test

import data.evident.checks.cloudformation.iam_policy_privilege_escalation as check

res(id, type, properties) := {"id": id, "type": type, "properties": properties, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

test_escalation_paths_are_reported if {
	check.deny == {
		{"resource": "DeployPolicy", "path": ["properties", "PolicyDocument"], "msg": "DeployPolicy has policies that let whoever holds them make themselves an administrator: they allow iam:PassRole with cloudformation:CreateStack on Resource \"*\" without a condition"},
		{"resource": "CiRole", "path": ["properties", "Policies", 0, "PolicyDocument"], "msg": "CiRole has policies that let whoever holds them make themselves an administrator: they allow iam:AttachRolePolicy; iam:PutRolePolicy on Resource \"*\" without a condition"},
		{"resource": "Rotator", "path": ["properties", "Policies", 0], "msg": "Rotator has policies that let whoever holds them make themselves an administrator: they allow iam:CreateAccessKey on Resource \"*\" without a condition"},
	} with input as {"resources": [
		res("DeployPolicy", "AWS::IAM::ManagedPolicy", {"PolicyDocument": {"Statement": [{"Effect": "Allow", "Action": ["cloudformation:CreateStack", "iam:PassRole"], "Resource": "*"}]}}),
		# A role's inline policies together.
		res("CiRole", "AWS::IAM::Role", {"Policies": [
			{"PolicyName": "attach", "PolicyDocument": {"Statement": [{"Effect": "Allow", "Action": "iam:AttachRolePolicy", "Resource": "*"}]}},
			{"PolicyName": "put", "PolicyDocument": "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"iam:PutRolePolicy\",\"Resource\":\"*\"}]}"},
		]}),
		res("Rotator", "AWS::Serverless::Function", {"Policies": [{"Statement": [{"Effect": "Allow", "Action": "iam:CreateAccessKey", "Resource": "*"}]}]}),
	]}
}

test_scoped_conditioned_admin_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [
		res("Named", "AWS::IAM::Policy", {"PolicyDocument": {"Statement": [{"Effect": "Allow", "Action": ["iam:PassRole", "cloudformation:CreateStack"], "Resource": "arn:aws:iam::111122223333:role/stack-role"}]}}),
		res("Conditioned", "AWS::IAM::Policy", {"PolicyDocument": {"Statement": [{"Effect": "Allow", "Action": "lambda:UpdateFunctionCode", "Resource": "*", "Condition": {"StringEquals": {"aws:ResourceTag/pipeline": "ci"}}}]}}),
		res("Admin", "AWS::IAM::Policy", {"PolicyDocument": {"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}}),
		res("Unknown", "AWS::IAM::Policy", {"PolicyDocument": {"__unknown__": "Fn::If UseWide", "refs": ["UseWide"]}}),
	]}
}

ref(id) := {"__unknown__": concat(" ", ["Ref", id]), "refs": [id], "__ref__": id}

test_policies_a_principal_holds_together if {
	check.deny == {
		{"resource": "AppRole", "msg": "AppRole holds policies that together let it make itself an administrator: AppRole, PassAny allow iam:PassRole with ec2:RunInstances on Resource \"*\" without a condition"},
		{"resource": "CiUser", "msg": "CiUser holds policies that together let it make itself an administrator: CiUser, UpdateCode allow iam:PassRole with lambda:CreateFunction with lambda:InvokeFunction on Resource \"*\" without a condition"},
	} with input as {"resources": [
		res("AppRole", "AWS::IAM::Role", {"RoleName": "app", "Policies": [{"PolicyName": "run", "PolicyDocument": {"Statement": [{"Effect": "Allow", "Action": "ec2:RunInstances", "Resource": "*"}]}}]}),
		res("PassAny", "AWS::IAM::Policy", {"Roles": [ref("AppRole")], "PolicyDocument": {"Statement": [{"Effect": "Allow", "Action": "iam:PassRole", "Resource": "*"}]}}),
		res("CiUser", "AWS::IAM::User", {"ManagedPolicyArns": [ref("UpdateCode")], "Policies": [{"PolicyName": "pass", "PolicyDocument": {"Statement": [{"Effect": "Allow", "Action": "iam:PassRole", "Resource": "*"}]}}]}),
		res("UpdateCode", "AWS::IAM::ManagedPolicy", {"PolicyDocument": {"Statement": [{"Effect": "Allow", "Action": ["lambda:CreateFunction", "lambda:InvokeFunction"], "Resource": "*"}]}}),
	]}
}
