package evident.checks.cloudformation.iam_policy_full_admin_test

import data.evident.checks.cloudformation.iam_policy_full_admin as check

res(id, type, properties) := {"id": id, "type": type, "properties": properties, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

admin := {"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}

iam_all := {"Statement": {"Effect": "Allow", "Action": ["s3:GetObject", "IAM:*"], "Resource": ["*"]}}

unknown := {"__unknown__": "Fn::If HasAdmin", "refs": ["HasAdmin"]}

test_every_document_kind if {
	check.deny == {
		{"resource": "Ops", "path": ["properties", "PolicyDocument"], "msg": "Ops has a policy that allows Action \"*\" on Resource \"*\" (full administrator access)"},
		{"resource": "Deployer", "path": ["properties", "PolicyDocument"], "msg": "Deployer has a policy that allows Action \"iam:*\" on Resource \"*\" (it can grant itself full administrator access)"},
		{"resource": "Role", "path": ["properties", "Policies", 1, "PolicyDocument"], "msg": "Role has a policy that allows Action \"*\" on Resource \"*\" (full administrator access)"},
		{"resource": "Fn", "path": ["properties", "Policies", 1], "msg": "Fn has a policy that allows Action \"iam:*\" on Resource \"*\" (it can grant itself full administrator access)"},
		{"resource": "Machine", "path": ["properties", "Policies"], "msg": "Machine has a policy that allows Action \"*\" on Resource \"*\" (full administrator access)"},
	} with input as {"resources": [
		res("Ops", "AWS::IAM::Policy", {"PolicyName": "ops", "PolicyDocument": admin}),
		res("Deployer", "AWS::IAM::ManagedPolicy", {"PolicyDocument": iam_all}),
		res("Role", "AWS::IAM::Role", {"Policies": [{"PolicyName": "read", "PolicyDocument": {"Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}}, {"PolicyName": "all", "PolicyDocument": admin}]}),
		res("Fn", "AWS::Serverless::Function", {"Policies": ["AmazonS3ReadOnlyAccess", iam_all, {"S3ReadPolicy": {"BucketName": "records"}}]}),
		res("Machine", "AWS::Serverless::StateMachine", {"Policies": admin}),
	]}
}

test_scoped_denied_read_only_and_undecided_pass if {
	count(check.deny) == 0 with input as {"resources": [
		res("A", "AWS::IAM::Policy", {"PolicyDocument": {"Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]}}),
		res("B", "AWS::IAM::Policy", {"PolicyDocument": {"Statement": [{"Effect": "Deny", "Action": "*", "Resource": "*"}]}}),
		res("C", "AWS::IAM::ManagedPolicy", {"PolicyDocument": {"Statement": [{"Effect": "Allow", "Action": ["iam:Get*", "iam:List*"], "Resource": "*"}]}}),
		res("D", "AWS::IAM::Role", {"Policies": [{"PolicyName": "x", "PolicyDocument": {"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "arn:aws:s3:::records/*"}]}}]}),
		res("E", "AWS::IAM::Policy", {"PolicyDocument": unknown}),
		res("F", "AWS::IAM::Policy", {"PolicyDocument": {"Statement": [unknown]}}),
		res("G", "AWS::IAM::Policy", {"PolicyDocument": {"Statement": [{"Effect": "Allow", "Action": "*", "Resource": unknown}]}}),
		res("H", "AWS::Serverless::Function", {"Policies": ["AdministratorAccess", {"S3CrudPolicy": {"BucketName": "x"}}]}),
		res("I", "AWS::Serverless::Function", {"Policies": unknown}),
	]}
}

# CloudFormation accepts a PolicyDocument written as a JSON string.
test_json_string_documents if {
	check.deny == {
		{"resource": "Ops", "path": ["properties", "PolicyDocument"], "msg": "Ops has a policy that allows Action \"*\" on Resource \"*\" (full administrator access)"},
		{"resource": "Deployer", "path": ["properties", "PolicyDocument"], "msg": "Deployer has a policy that allows Action \"iam:*\" on Resource \"*\" (it can grant itself full administrator access)"},
		{"resource": "Role", "path": ["properties", "Policies", 0, "PolicyDocument"], "msg": "Role has a policy that allows Action \"*\" on Resource \"*\" (full administrator access)"},
	} with input as {"resources": [
		res("Ops", "AWS::IAM::Policy", {"PolicyName": "ops", "PolicyDocument": `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}`}),
		res("Deployer", "AWS::IAM::ManagedPolicy", {"PolicyDocument": json.marshal(iam_all)}),
		res("Role", "AWS::IAM::Role", {"Policies": [{"PolicyName": "all", "PolicyDocument": json.marshal(admin)}]}),
	]}
}

# Strings that are not valid JSON, a document built at deploy time, and scoped or denied statements stay silent.
test_json_string_documents_not_read_or_scoped_pass if {
	count(check.deny) == 0 with input as {"resources": [
		res("A", "AWS::IAM::Policy", {"PolicyDocument": `{"Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]`}),
		res("B", "AWS::IAM::Policy", {"PolicyDocument": {"__unknown__": "Fn::Sub {\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"${Target}\"}]}", "refs": ["Target"], "template": "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"${Target}\"}]}"}}),
		res("C", "AWS::IAM::ManagedPolicy", {"PolicyDocument": `{"Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}`}),
		res("D", "AWS::IAM::Role", {"Policies": [{"PolicyName": "x", "PolicyDocument": `{"Statement":[{"Effect":"Deny","Action":"*","Resource":"*"}]}`}]}),
		res("E", "AWS::IAM::Policy", {"PolicyDocument": "[]"}),
		res("F", "AWS::IAM::Policy", {"PolicyDocument": ""}),
	]}
}
