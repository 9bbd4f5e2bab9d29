package evident.checks.terraform.s3_bucket_policy_no_secure_transport_test

import data.evident.checks.terraform.s3_bucket_policy_no_secure_transport as check
import data.evident.lib.tf_fixtures_test as tf

allow_read := {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::1:role/app"}, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}

deny_http := {"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "arn:aws:s3:::b/*", "Condition": {"Bool": {"aws:SecureTransport": "false"}}}

test_json_and_object_policies_without_deny if {
	check.deny == {
		{"resource": "aws_s3_bucket_policy.a", "path": ["config", "policy"], "msg": "aws_s3_bucket_policy.a has a bucket policy without a Deny for aws:SecureTransport = false"},
		{"resource": "aws_s3_bucket.b", "path": ["config", "policy"], "msg": "aws_s3_bucket.b has a bucket policy without a Deny for aws:SecureTransport = false"},
	} with input as tf.doc([
		tf.res("aws_s3_bucket_policy", "a", {"policy": json.marshal({"Statement": [allow_read]})}),
		tf.res("aws_s3_bucket", "b", {"policy": json.marshal({"Statement": allow_read})}),
	])
}

test_deny_present_unknown_and_no_policy_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_s3_bucket_policy", "a", {"policy": json.marshal({"Statement": [allow_read, deny_http]})}),
		tf.res("aws_s3_bucket_policy", "b", {"policy": tf.unknown("data.aws_iam_policy_document.b.json")}),
		tf.res("aws_s3_bucket", "c", {}),
	])
}

deny_http_block := {"effect": "Deny", "actions": ["s3:*"], "principals": [{"type": "*", "identifiers": ["*"]}], "condition": [{"test": "Bool", "variable": "aws:SecureTransport", "values": ["false"]}]}

read_block := {"actions": ["s3:GetObject"], "principals": [{"type": "AWS", "identifiers": ["arn:aws:iam::1:role/app"]}]}

test_data_source_documents if {
	check.deny == {{"resource": "aws_s3_bucket_policy.a", "path": ["config", "policy"], "msg": "aws_s3_bucket_policy.a has a bucket policy without a Deny for aws:SecureTransport = false"}} with input as tf.doc([
		tf.data_res("aws_iam_policy_document", "read_only", {"statement": [read_block]}),
		tf.data_res("aws_iam_policy_document", "tls", {"statement": [read_block, deny_http_block]}),
		tf.data_res("aws_iam_policy_document", "var", {"statement": [read_block, object.union(deny_http_block, {"condition": [{"test": "Bool", "variable": "aws:SecureTransport", "values": [tf.unknown("var.flag")]}]})]}),
		tf.res("aws_s3_bucket_policy", "a", {"policy": tf.unknown("data.aws_iam_policy_document.read_only.json")}),
		tf.res("aws_s3_bucket_policy", "b", {"policy": tf.unknown("data.aws_iam_policy_document.tls.json")}),
		tf.data_res("aws_iam_policy_document", "test_var", {"statement": [read_block, object.union(deny_http_block, {"condition": [{"test": tf.unknown("var.test"), "variable": "aws:SecureTransport", "values": ["false"]}]})]}),
		tf.res("aws_s3_bucket_policy", "c", {"policy": tf.unknown("data.aws_iam_policy_document.var.json")}),
		tf.res("aws_s3_bucket_policy", "d", {"policy": tf.unknown("data.aws_iam_policy_document.test_var.json")}),
	])
}

partial(document) := {"__unknown__": "jsonencode({...})", "refs": ["aws_s3_bucket.b.arn"], "partial": document}

unknown_arn := {"__unknown__": "aws_s3_bucket.b.arn", "refs": ["aws_s3_bucket.b.arn"]}

test_partly_known_jsonencode if {
	check.deny == {{"resource": "aws_s3_bucket_policy.a", "path": ["config", "policy"], "msg": "aws_s3_bucket_policy.a has a bucket policy without a Deny for aws:SecureTransport = false"}} with input as tf.doc([
		tf.res("aws_s3_bucket_policy", "a", {"policy": partial({"Statement": [object.union(allow_read, {"Resource": unknown_arn})]})}),
		tf.res("aws_s3_bucket_policy", "b", {"policy": partial({"Statement": [allow_read, object.union(deny_http, {"Resource": unknown_arn})]})}),
		tf.res("aws_s3_bucket_policy", "c", {"policy": partial({"Statement": [allow_read, tf.unknown("local.deny_http")]})}),
		tf.res("aws_s3_bucket_policy", "d", {"policy": partial({"Statement": tf.unknown("local.statements")})}),
		tf.res("aws_s3_bucket_policy", "e", {"policy": partial({"Statement": [allow_read, object.union(object.remove(deny_http, ["Condition"]), {"Condition": tf.unknown("local.tls_only")})]})}),
		tf.res("aws_s3_bucket_policy", "f", {"policy": partial({"Statement": [allow_read, object.union(deny_http, {"Effect": tf.unknown("var.effect")})]})}),
		tf.res("aws_s3_bucket_policy", "g", {"policy": partial({"Statement": [allow_read, object.union(object.remove(deny_http, ["Condition"]), {"Condition": {"Bool": tf.unknown("local.c")}})]})}),
	])
}

test_boolean_and_unknown_secure_transport_values if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_s3_bucket_policy", "a", {"policy": json.marshal({"Statement": [allow_read, object.union(object.remove(deny_http, ["Condition"]), {"Condition": {"Bool": {"aws:SecureTransport": false}}})]})}),
		tf.res("aws_s3_bucket_policy", "b", {"policy": partial({"Statement": [allow_read, object.union(object.remove(deny_http, ["Condition"]), {"Condition": {"Bool": {"aws:SecureTransport": tf.unknown("var.secure_transport")}}})]})}),
	])
}
