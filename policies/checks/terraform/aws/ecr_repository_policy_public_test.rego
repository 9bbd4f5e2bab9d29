package evident.checks.terraform.ecr_repository_policy_public_test

import data.evident.checks.terraform.ecr_repository_policy_public as check
import data.evident.lib.tf_fixtures_test as tf

public_pull := {"Effect": "Allow", "Principal": "*", "Action": ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]}

org_pull := object.union(public_pull, {"Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}}})

test_public_repository_and_registry_policies if {
	check.deny == {
		{"resource": "aws_ecr_repository_policy.a", "path": ["config", "policy"], "msg": "aws_ecr_repository_policy.a has a repository policy that allows ecr:BatchGetImage, ecr:GetDownloadUrlForLayer to anyone (Principal \"*\" without a condition)"},
		{"resource": "aws_ecr_repository_policy.b", "path": ["config", "policy"], "msg": "aws_ecr_repository_policy.b has a repository policy that allows ecr:PutImage to anyone (Principal \"*\" without a condition)"},
		{"resource": "aws_ecr_repository_policy.c", "path": ["config", "policy"], "msg": "aws_ecr_repository_policy.c has a repository policy that allows ecr:SetRepositoryPolicy to anyone (Principal \"*\" conditioned only on aws:UserAgent, which the client sets)"},
		{"resource": "aws_ecr_registry_policy.d", "path": ["config", "policy"], "msg": "aws_ecr_registry_policy.d has a registry policy that allows ecr:ReplicateImage, ecr:CreateRepository to anyone (Principal \"*\" without a condition)"},
	} with input as tf.doc([
		tf.res("aws_ecr_repository_policy", "a", {"repository": "api", "policy": json.marshal({"Statement": [public_pull]})}),
		tf.res("aws_ecr_repository_policy", "b", {"repository": "api", "policy": json.marshal({"Statement": {"Effect": "Allow", "Principal": {"AWS": ["*"]}, "Action": "ecr:PutImage"}})}),
		tf.data_res("aws_iam_policy_document", "c", {"statement": [{"actions": ["ecr:SetRepositoryPolicy"], "principals": [{"type": "*", "identifiers": ["*"]}], "condition": [{"test": "StringLike", "variable": "aws:UserAgent", "values": ["docker*"]}]}]}),
		tf.res("aws_ecr_repository_policy", "c", {"repository": "api", "policy": tf.unknown("data.aws_iam_policy_document.c.json")}),
		tf.res("aws_ecr_registry_policy", "d", {"policy": json.marshal({"Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": ["ecr:ReplicateImage", "ecr:CreateRepository"], "Resource": "*"}]})}),
	])
}

test_restricted_named_denied_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_ecr_repository_policy", "org", {"policy": json.marshal({"Statement": [org_pull]})}),
		tf.res("aws_ecr_repository_policy", "account", {"policy": json.marshal({"Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:root"}, "Action": "ecr:BatchGetImage"}]})}),
		tf.res("aws_ecr_repository_policy", "lambda", {"policy": json.marshal({"Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "ecr:BatchGetImage"}]})}),
		tf.res("aws_ecr_repository_policy", "deny", {"policy": json.marshal({"Statement": [{"Effect": "Deny", "Principal": "*", "Action": "ecr:*", "Condition": {"StringNotEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}}}]})}),
		tf.res("aws_ecr_repository_policy", "variable", {"policy": tf.unknown("var.repository_policy")}),
		tf.res("aws_ecr_repository_policy", "principal", {"policy": json.marshal({"Statement": [{"Effect": "Allow", "Principal": {"AWS": tf.unknown("var.reader")}, "Action": "ecr:BatchGetImage"}]})}),
		tf.res("aws_ecr_registry_policy", "condition", {"policy": json.marshal({"Statement": [object.union(public_pull, {"Condition": tf.unknown("var.condition")})]})}),
		tf.res("aws_sqs_queue_policy", "other", {"policy": json.marshal({"Statement": [public_pull]})}),
	])
}

test_data_source_that_merges_documents_is_unknown if {
	count(check.deny) == 0 with input as tf.doc([
		tf.data_res("aws_iam_policy_document", "m", {"source_policy_documents": [tf.unknown("var.base")], "statement": [{"actions": ["ecr:BatchGetImage"], "principals": [{"type": "AWS", "identifiers": ["*"]}]}]}),
		tf.res("aws_ecr_repository_policy", "m", {"policy": tf.unknown("data.aws_iam_policy_document.m.json")}),
	])
}

# TLS restricts no one: a condition only on aws:SecureTransport leaves the
# statement public; one that adds aws:PrincipalOrgID or aws:SourceVpce
# restricts it.
test_condition_only_on_secure_transport if {
	check.deny == {{"resource": "aws_ecr_repository_policy.tls", "path": ["config", "policy"], "msg": "aws_ecr_repository_policy.tls has a repository policy that allows ecr:BatchGetImage, ecr:GetDownloadUrlForLayer to anyone (Principal \"*\" conditioned only on aws:SecureTransport, which the client sets)"}} with input as tf.doc([
		tf.res("aws_ecr_repository_policy", "tls", {"repository": "api", "policy": json.marshal({"Statement": [object.union(public_pull, {"Condition": {"Bool": {"aws:SecureTransport": "true"}}})]})}),
		tf.res("aws_ecr_repository_policy", "org", {"repository": "api", "policy": json.marshal({"Statement": [object.union(org_pull, {"Condition": {"Bool": {"aws:SecureTransport": "true"}, "StringEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}}})]})}),
		tf.res("aws_ecr_registry_policy", "vpce", {"policy": json.marshal({"Statement": [object.union(public_pull, {"Condition": {"Bool": {"aws:SecureTransport": "true"}, "StringEquals": {"aws:SourceVpce": "vpce-1"}}})]})}),
	])
}
