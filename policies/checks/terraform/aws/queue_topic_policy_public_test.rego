package evident.checks.terraform.queue_topic_policy_public_test

import data.evident.checks.terraform.queue_topic_policy_public as check
import data.evident.lib.tf_fixtures_test as tf

public_send := {"Effect": "Allow", "Principal": "*", "Action": "sqs:SendMessage", "Resource": "*"}

from_bucket := object.union(public_send, {"Condition": {"ArnEquals": {"aws:SourceArn": "arn:aws:s3:::uploads"}}})

test_public_queue_and_topic_policies if {
	check.deny == {
		{"resource": "aws_sqs_queue_policy.a", "path": ["config", "policy"], "msg": "aws_sqs_queue_policy.a has a policy that allows sqs:SendMessage to anyone (Principal \"*\" without a condition)"},
		{"resource": "aws_sns_topic.b", "path": ["config", "policy"], "msg": "aws_sns_topic.b has a policy that allows SNS:Publish, SNS:Subscribe to anyone (Principal \"*\" without a condition)"},
		{"resource": "aws_sns_topic_policy.c", "path": ["config", "policy"], "msg": "aws_sns_topic_policy.c has a policy that allows sns:Subscribe to anyone (Principal \"*\" conditioned only on aws:UserAgent, which the client sets)"},
	} with input as tf.doc([
		tf.res("aws_sqs_queue_policy", "a", {"queue_url": "q", "policy": json.marshal({"Statement": [public_send]})}),
		tf.res("aws_sns_topic", "b", {"policy": json.marshal({"Statement": {"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": ["SNS:Publish", "SNS:Subscribe"]}})}),
		tf.data_res("aws_iam_policy_document", "c", {"statement": [{"actions": ["sns:Subscribe"], "principals": [{"type": "AWS", "identifiers": ["*"]}], "condition": [{"test": "StringLike", "variable": "aws:UserAgent", "values": ["*"]}]}]}),
		tf.res("aws_sns_topic_policy", "c", {"arn": "t", "policy": tf.unknown("data.aws_iam_policy_document.c.json")}),
	])
}

test_service_source_conditioned_named_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_sqs_queue_policy", "a", {"policy": json.marshal({"Statement": [from_bucket]})}),
		tf.res("aws_sqs_queue", "b", {"policy": json.marshal({"Statement": [{"Effect": "Allow", "Principal": {"Service": "sns.amazonaws.com"}, "Action": "sqs:SendMessage"}]})}),
		tf.res("aws_sns_topic_policy", "c", {"policy": json.marshal({"Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:root"}, "Action": "sns:Publish"}]})}),
		tf.res("aws_sns_topic", "d", {"policy": tf.unknown("var.topic_policy")}),
		tf.res("aws_sqs_queue", "e", {"name": "no-policy"}),
	])
}

# TLS restricts no one: a condition only on aws:SecureTransport leaves the
# statement public; one that adds aws:SourceArn restricts it.
test_condition_only_on_secure_transport if {
	check.deny == {
		{"resource": "aws_sqs_queue_policy.tls", "path": ["config", "policy"], "msg": "aws_sqs_queue_policy.tls has a policy that allows sqs:SendMessage to anyone (Principal \"*\" conditioned only on aws:SecureTransport, which the client sets)"},
		{"resource": "aws_sns_topic_policy.doc", "path": ["config", "policy"], "msg": "aws_sns_topic_policy.doc has a policy that allows sns:Publish to anyone (Principal \"*\" conditioned only on aws:SecureTransport, which the client sets)"},
	} with input as tf.doc([
		tf.res("aws_sqs_queue_policy", "tls", {"queue_url": "q", "policy": json.marshal({"Statement": [object.union(public_send, {"Condition": {"Bool": {"aws:SecureTransport": "true"}}})]})}),
		tf.data_res("aws_iam_policy_document", "doc", {"statement": [{"actions": ["sns:Publish"], "principals": [{"type": "AWS", "identifiers": ["*"]}], "condition": [{"test": "Bool", "variable": "aws:SecureTransport", "values": ["true"]}]}]}),
		tf.res("aws_sns_topic_policy", "doc", {"arn": "t", "policy": tf.unknown("data.aws_iam_policy_document.doc.json")}),
		tf.res("aws_sqs_queue_policy", "bucket", {"queue_url": "q", "policy": json.marshal({"Statement": [object.union(public_send, {"Condition": {"Bool": {"aws:SecureTransport": "true"}, "ArnEquals": {"aws:SourceArn": "arn:aws:s3:::uploads"}}})]})}),
		tf.res("aws_sns_topic", "account", {"policy": json.marshal({"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "sns:Publish", "Condition": {"Bool": {"aws:SecureTransport": "true"}, "StringEquals": {"aws:SourceAccount": "123456789012"}}}]})}),
	])
}
