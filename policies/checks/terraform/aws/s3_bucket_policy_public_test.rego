package evident.checks.terraform.s3_bucket_policy_public_test

import data.evident.checks.terraform.s3_bucket_policy_public as check
import data.evident.lib.tf_fixtures_test as tf

test_public_principals if {
	check.deny == {
		{"resource": "aws_s3_bucket_policy.a", "path": ["config", "policy"], "msg": "aws_s3_bucket_policy.a has a bucket policy that allows s3:GetObject to anyone (Principal \"*\" without a condition)"},
		{"resource": "aws_s3_bucket.b", "path": ["config", "policy"], "msg": "aws_s3_bucket.b has a bucket policy that allows s3:GetObject, s3:ListBucket to anyone (Principal \"*\" without a condition)"},
	} with input as tf.doc([
		tf.res("aws_s3_bucket_policy", "a", {"policy": json.marshal({"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "*"}]})}),
		tf.res("aws_s3_bucket", "b", {"policy": json.marshal({"Statement": {"Effect": "Allow", "Principal": {"AWS": ["*"]}, "Action": ["s3:GetObject", "s3:ListBucket"]}})}),
	])
}

test_named_conditioned_deny_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_s3_bucket_policy", "a", {"policy": json.marshal({"Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::1:root"}, "Action": "s3:GetObject"}]})}),
		tf.res("aws_s3_bucket_policy", "b", {"policy": json.marshal({"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Condition": {"StringEquals": {"aws:SourceVpce": "vpce-1"}}}]})}),
		tf.res("aws_s3_bucket_policy", "c", {"policy": json.marshal({"Statement": [{"Effect": "Deny", "Principal": "*", "Action": "s3:*"}]})}),
		tf.res("aws_s3_bucket_policy", "d", {"policy": tf.unknown("data.aws_iam_policy_document.d.json")}),
	])
}
