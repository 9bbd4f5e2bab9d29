package evident.checks.cloudformation.iam_administrator_access_attached_test

import data.evident.checks.cloudformation.iam_administrator_access_attached as check

res(id, type, properties) := {"id": id, "type": type, "properties": properties, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

partition_sub := {"__unknown__": "Fn::Sub arn:${AWS::Partition}:iam::aws:policy/AdministratorAccess", "refs": ["AWS::Partition"]}

test_roles_users_groups_and_sam if {
	check.deny == {
		{"resource": "Role", "path": ["properties", "ManagedPolicyArns", 1], "msg": "Role attaches the AdministratorAccess managed policy"},
		{"resource": "User", "path": ["properties", "ManagedPolicyArns", 0], "msg": "User attaches the AdministratorAccess managed policy"},
		{"resource": "Group", "path": ["properties", "ManagedPolicyArns", 0], "msg": "Group attaches the AdministratorAccess managed policy"},
		{"resource": "Fn", "path": ["properties", "Policies", 0], "msg": "Fn attaches the AdministratorAccess managed policy"},
		{"resource": "Machine", "path": ["properties", "Policies"], "msg": "Machine attaches the AdministratorAccess managed policy"},
	} with input as {"resources": [
		res("Role", "AWS::IAM::Role", {"ManagedPolicyArns": ["arn:aws:iam::aws:policy/ReadOnlyAccess", "arn:aws:iam::aws:policy/AdministratorAccess"]}),
		res("User", "AWS::IAM::User", {"ManagedPolicyArns": [partition_sub]}),
		res("Group", "AWS::IAM::Group", {"ManagedPolicyArns": ["arn:aws-us-gov:iam::aws:policy/AdministratorAccess"]}),
		res("Fn", "AWS::Serverless::Function", {"Policies": ["AdministratorAccess", "AmazonS3ReadOnlyAccess"]}),
		res("Machine", "AWS::Serverless::StateMachine", {"Policies": "arn:aws:iam::aws:policy/AdministratorAccess"}),
	]}
}

test_other_policies_and_unknown_arns_pass if {
	count(check.deny) == 0 with input as {"resources": [
		res("A", "AWS::IAM::Role", {"ManagedPolicyArns": ["arn:aws:iam::aws:policy/ReadOnlyAccess", "arn:aws:iam::123456789012:policy/AdministratorAccess"]}),
		res("B", "AWS::IAM::Role", {"ManagedPolicyArns": [{"__unknown__": "Ref AdminPolicyArn", "refs": ["AdminPolicyArn"]}]}),
		res("C", "AWS::IAM::Role", {"ManagedPolicyArns": [{"__unknown__": "Fn::Sub arn:${AWS::Partition}:iam::aws:policy/${PolicyName}", "refs": ["AWS::Partition", "PolicyName"]}]}),
		res("D", "AWS::Serverless::Function", {"Policies": ["AWSLambdaBasicExecutionRole", {"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}]}),
		res("E", "AWS::Serverless::Function", {"Policies": "AmazonDynamoDBReadOnlyAccess"}),
		res("F", "AWS::IAM::ManagedPolicy", {"ManagedPolicyArns": ["arn:aws:iam::aws:policy/AdministratorAccess"]}),
	]}
}
