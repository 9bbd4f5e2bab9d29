package evident.checks.terraform.kms_key_policy_public_test

import data.evident.checks.terraform.kms_key_policy_public as check
import data.evident.lib.tf_fixtures_test as tf

root := {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:root"}, "Action": "kms:*", "Resource": "*"}

anyone_decrypt := {"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": ["kms:Decrypt", "kms:DescribeKey"], "Resource": "*"}

test_keys_anyone_can_use if {
	check.deny == {
		{"resource": "aws_kms_key.a", "path": ["config", "policy"], "msg": "aws_kms_key.a has a key policy that allows kms:Decrypt, kms:DescribeKey to anyone (Principal \"*\" without a condition)"},
		{"resource": "aws_kms_key_policy.b", "path": ["config", "policy"], "msg": "aws_kms_key_policy.b has a key policy that allows kms:* to anyone (Principal \"*\" without a condition)"},
	} with input as tf.doc([
		tf.res("aws_kms_key", "a", {"policy": json.marshal({"Statement": [root, anyone_decrypt]})}),
		tf.data_res("aws_iam_policy_document", "b", {"statement": [{"actions": ["kms:*"], "resources": ["*"], "principals": [{"type": "*", "identifiers": ["*"]}]}]}),
		tf.res("aws_kms_key_policy", "b", {"key_id": "k", "policy": tf.unknown("data.aws_iam_policy_document.b.json")}),
	])
}

test_account_conditioned_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_kms_key", "a", {"policy": json.marshal({"Statement": [root]})}),
		tf.res("aws_kms_key", "b", {"policy": json.marshal({"Statement": [object.union(anyone_decrypt, {"Condition": {"StringEquals": {"kms:CallerAccount": "123456789012", "kms:ViaService": "s3.eu-west-1.amazonaws.com"}}})]})}),
		tf.res("aws_kms_key", "c", {"policy": tf.unknown("var.key_policy")}),
		tf.res("aws_kms_key", "d", {"description": "default key policy"}),
	])
}

# TLS restricts no one: a condition only on aws:SecureTransport leaves the
# statement public; one that adds kms:CallerAccount restricts it.
test_condition_only_on_secure_transport if {
	check.deny == {{"resource": "aws_kms_key.tls", "path": ["config", "policy"], "msg": "aws_kms_key.tls has a key policy that allows kms:Decrypt, kms:DescribeKey to anyone (Principal \"*\" conditioned only on aws:SecureTransport, which the client sets)"}} with input as tf.doc([
		tf.res("aws_kms_key", "tls", {"policy": json.marshal({"Statement": [root, object.union(anyone_decrypt, {"Condition": {"Bool": {"aws:SecureTransport": "true"}}})]})}),
		tf.res("aws_kms_key", "account", {"policy": json.marshal({"Statement": [object.union(anyone_decrypt, {"Condition": {"Bool": {"aws:SecureTransport": "true"}, "StringEquals": {"kms:CallerAccount": "123456789012"}}})]})}),
		tf.res("aws_kms_key_policy", "principal", {"key_id": "k", "policy": json.marshal({"Statement": [object.union(anyone_decrypt, {"Condition": {"Bool": {"aws:SecureTransport": "true"}, "ArnLike": {"aws:PrincipalArn": "arn:aws:iam::123456789012:role/app-*"}}})]})}),
	])
}
