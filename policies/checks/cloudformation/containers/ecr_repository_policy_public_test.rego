package evident.checks.cloudformation.ecr_repository_policy_public_test

import data.evident.checks.cloudformation.ecr_repository_policy_public as check

repository(id, policy) := {"id": id, "type": "AWS::ECR::Repository", "properties": {"RepositoryName": lower(id), "RepositoryPolicyText": policy}, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 19}

registry(id, policy) := {"id": id, "type": "AWS::ECR::RegistryPolicy", "properties": {"PolicyText": policy}, "dependsOn": [], "file": "t.yaml", "startLine": 20, "endLine": 30}

unknown := {"__unknown__": "Ref ReaderArn", "refs": ["ReaderArn"]}

pull := ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]

test_public_repository_and_registry_policies if {
	check.deny == {
		{"resource": "Api", "path": ["properties", "RepositoryPolicyText"], "msg": "Api has a repository policy that allows ecr:BatchGetImage, ecr:GetDownloadUrlForLayer to anyone (Principal \"*\" without a condition)"},
		{"resource": "Worker", "path": ["properties", "RepositoryPolicyText"], "msg": "Worker has a repository policy that allows ecr:PutImage to anyone (Principal \"*\" without a condition)"},
		{"resource": "Agent", "path": ["properties", "RepositoryPolicyText"], "msg": "Agent has a repository policy that allows ecr:* to anyone (Principal \"*\" conditioned only on aws:Referer, which the client sets)"},
		{"resource": "Replication", "path": ["properties", "PolicyText"], "msg": "Replication has a registry policy that allows ecr:ReplicateImage to anyone (Principal \"*\" without a condition)"},
	} with input as {"resources": [
		repository("Api", {"Statement": [{"Effect": "Allow", "Principal": "*", "Action": pull}]}),
		repository("Worker", json.marshal({"Statement": {"Effect": "Allow", "Principal": {"AWS": ["*"]}, "Action": "ecr:PutImage"}})),
		repository("Agent", {"Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "ecr:*", "Condition": {"StringLike": {"aws:Referer": "https://ci.example.org/*"}}}]}),
		registry("Replication", {"Statement": [{"Effect": "Allow", "Principal": "*", "Action": ["ecr:ReplicateImage"], "Resource": "*"}]}),
	]}
}

test_restricted_named_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [
		repository("Org", {"Statement": [{"Effect": "Allow", "Principal": "*", "Action": pull, "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}}}]}),
		repository("Account", {"Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:root"}, "Action": pull}]}),
		repository("Lambda", {"Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": pull}]}),
		repository("Deny", {"Statement": [{"Effect": "Deny", "Principal": "*", "Action": "ecr:*"}]}),
		repository("Param", unknown),
		repository("Principal", {"Statement": [{"Effect": "Allow", "Principal": {"AWS": unknown}, "Action": pull}]}),
		repository("Statement", {"Statement": [unknown]}),
		repository("NotJson", "{ not json"),
		registry("Condition", {"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "ecr:ReplicateImage", "Condition": unknown}]}),
		{"id": "Queue", "type": "AWS::SQS::QueuePolicy", "properties": {"RepositoryPolicyText": {"Statement": [{"Effect": "Allow", "Principal": "*", "Action": pull}]}}},
		{"id": "NoPolicy", "type": "AWS::ECR::Repository", "properties": {"RepositoryName": "plain"}},
	]}
}

# TLS restricts no one: a condition only on aws:SecureTransport leaves the
# statement public; one that adds aws:PrincipalOrgID or aws:SourceVpce
# restricts it.
test_condition_only_on_secure_transport if {
	check.deny == {{"resource": "Tls", "path": ["properties", "RepositoryPolicyText"], "msg": "Tls has a repository policy that allows ecr:BatchGetImage, ecr:GetDownloadUrlForLayer to anyone (Principal \"*\" conditioned only on aws:SecureTransport, which the client sets)"}} with input as {"resources": [
		repository("Tls", {"Statement": [{"Effect": "Allow", "Principal": "*", "Action": pull, "Condition": {"Bool": {"aws:SecureTransport": "true"}}}]}),
		repository("Org", {"Statement": [{"Effect": "Allow", "Principal": "*", "Action": pull, "Condition": {"Bool": {"aws:SecureTransport": "true"}, "StringEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}}}]}),
		registry("Vpce", {"Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "ecr:ReplicateImage", "Condition": {"Bool": {"aws:SecureTransport": "true"}, "StringEquals": {"aws:SourceVpce": "vpce-1"}}}]}),
	]}
}
