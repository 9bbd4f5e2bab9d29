package evident.checks.terraform.s3_bucket_policy_public_test

import data.evident.checks.terraform.s3_bucket_policy_public as check
import data.evident.lib.tf_fixtures_test as tf

test_public_principals if {
	check.deny == {
		{"resource": "aws_s3_bucket_policy.a", "path": ["config", "policy"], "msg": "aws_s3_bucket_policy.a has a bucket policy that allows s3:GetObject to anyone (Principal \"*\" without a condition)"},
		{"resource": "aws_s3_bucket.b", "path": ["config", "policy"], "msg": "aws_s3_bucket.b has a bucket policy that allows s3:GetObject, s3:ListBucket to anyone (Principal \"*\" without a condition)"},
		{"resource": "aws_s3_bucket_policy.c", "path": ["config", "policy"], "msg": "aws_s3_bucket_policy.c has a bucket policy that allows s3:GetObject to anyone (Principal \"*\" conditioned only on aws:Referer, which the client sets)"},
	} with input as tf.doc([
		tf.res("aws_s3_bucket_policy", "c", {"policy": json.marshal({"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Condition": {"StringLike": {"aws:Referer": ["https://www.example.com/*"]}}}]})}),
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

# Principal blocks of an aws_iam_policy_document data source, referenced as `.json`.
public_read := {"actions": ["s3:GetObject"], "resources": ["arn:aws:s3:::b/*"], "principals": [{"type": "*", "identifiers": ["*"]}]}

public_list := {"actions": ["s3:ListBucket"], "principals": [{"type": "Service", "identifiers": ["logging.s3.amazonaws.com"]}, {"type": "AWS", "identifiers": ["*"]}]}

test_data_source_documents if {
	check.deny == {
		{"resource": "aws_s3_bucket_policy.a", "path": ["config", "policy"], "msg": "aws_s3_bucket_policy.a has a bucket policy that allows s3:GetObject to anyone (Principal \"*\" without a condition)"},
		{"resource": "aws_s3_bucket.b", "path": ["config", "policy"], "msg": "aws_s3_bucket.b has a bucket policy that allows s3:ListBucket to anyone (Principal \"*\" without a condition)"},
	} with input as tf.doc([
		tf.data_res("aws_iam_policy_document", "read", {"statement": [public_read]}),
		tf.data_res("aws_iam_policy_document", "list", {"statement": [{"effect": "Deny", "actions": ["s3:*"], "principals": [{"type": "*", "identifiers": ["*"]}]}, public_list]}),
		tf.res("aws_s3_bucket_policy", "a", {"policy": tf.unknown("data.aws_iam_policy_document.read.json")}),
		tf.res("aws_s3_bucket", "b", {"policy": tf.unknown("data.aws_iam_policy_document.list.json")}),
	])
}

test_data_source_documents_conditioned_named_merged_or_elsewhere_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.data_res("aws_iam_policy_document", "vpce", {"statement": [object.union(public_read, {"condition": [{"test": "StringEquals", "variable": "aws:SourceVpce", "values": ["vpce-1"]}]})]}),
		tf.data_res("aws_iam_policy_document", "role", {"statement": [object.union(public_read, {"principals": [{"type": "AWS", "identifiers": ["arn:aws:iam::1:role/app"]}]})]}),
		tf.data_res("aws_iam_policy_document", "merged", {"source_policy_documents": [tf.unknown("var.base")], "statement": [public_read]}),
		tf.data_res("aws_iam_policy_document", "dyn", {"statement": [public_read], "dynamic": {"statement": [{}]}}),
		tf.data_res("aws_iam_policy_document", "cond", {"statement": [object.union(public_read, {"condition": [{"test": tf.unknown("var.test"), "variable": "aws:SourceVpce", "values": ["vpce-1"]}]})]}),
		tf.data_res("aws_iam_policy_document", "open", {"statement": [public_read]}),
		tf.res("aws_s3_bucket_policy", "a", {"policy": tf.unknown("data.aws_iam_policy_document.vpce.json")}),
		tf.res("aws_s3_bucket_policy", "b", {"policy": tf.unknown("data.aws_iam_policy_document.role.json")}),
		tf.res("aws_s3_bucket_policy", "c", {"policy": tf.unknown("data.aws_iam_policy_document.merged.json")}),
		tf.res("aws_s3_bucket_policy", "d", {"policy": tf.unknown("data.aws_iam_policy_document.dyn.json")}),
		tf.res("aws_s3_bucket_policy", "e", {"policy": tf.unknown("data.aws_iam_policy_document.cond.json")}),
		tf.res("aws_s3_bucket_policy", "f", {"policy": tf.unknown("data.aws_iam_policy_document.absent.json")}),
		tf.res("aws_s3_bucket_policy", "g", {"policy": {"__unknown__": "replace(data.aws_iam_policy_document.open.json, \"x\", \"y\")", "refs": ["data.aws_iam_policy_document.open.json"]}}),
	])
}

# jsonencode() of a document that names a resource: the parser keeps the document as `partial`.
partial(document) := {"__unknown__": "jsonencode({...})", "refs": ["aws_s3_bucket.b.arn"], "partial": document}

arn := {"__unknown__": "aws_s3_bucket.b.arn", "refs": ["aws_s3_bucket.b.arn"]}

test_partly_known_jsonencode if {
	check.deny == {{"resource": "aws_s3_bucket_policy.a", "path": ["config", "policy"], "msg": "aws_s3_bucket_policy.a has a bucket policy that allows s3:GetObject to anyone (Principal \"*\" without a condition)"}} with input as tf.doc([
		tf.res("aws_s3_bucket_policy", "a", {"policy": partial({"Statement": [{"Effect": "Allow", "Principal": "*", "Action": ["s3:GetObject", arn], "Resource": arn}]})}),
		tf.res("aws_s3_bucket_policy", "b", {"policy": partial({"Statement": [{"Effect": "Allow", "Principal": {"AWS": arn}, "Action": "s3:GetObject", "Resource": arn}]})}),
		tf.res("aws_s3_bucket_policy", "c", {"policy": partial({"Statement": arn})}),
	])
}

# TLS restricts no one: a condition only on aws:SecureTransport (or other keys
# the client sets) leaves the statement public; one that adds a key naming
# where the request comes from restricts it.
test_condition_only_on_secure_transport if {
	check.deny == {
		{"resource": "aws_s3_bucket_policy.tls", "path": ["config", "policy"], "msg": "aws_s3_bucket_policy.tls has a bucket policy that allows s3:GetObject to anyone (Principal \"*\" conditioned only on aws:SecureTransport, which the client sets)"},
		{"resource": "aws_s3_bucket_policy.put", "path": ["config", "policy"], "msg": "aws_s3_bucket_policy.put has a bucket policy that allows s3:PutObject to anyone (Principal \"*\" conditioned only on s3:TlsVersion, s3:x-amz-acl, s3:x-amz-server-side-encryption, which the client sets)"},
		{"resource": "aws_s3_bucket_policy.doc", "path": ["config", "policy"], "msg": "aws_s3_bucket_policy.doc has a bucket policy that allows s3:GetObject to anyone (Principal \"*\" conditioned only on aws:SecureTransport, which the client sets)"},
	} with input as tf.doc([
		tf.res("aws_s3_bucket_policy", "tls", {"policy": json.marshal({"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Condition": {"Bool": {"aws:SecureTransport": "true"}}}]})}),
		tf.res("aws_s3_bucket_policy", "put", {"policy": json.marshal({"Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "s3:PutObject", "Condition": {"NumericGreaterThanEquals": {"s3:TlsVersion": "1.2"}, "StringEquals": {"s3:x-amz-server-side-encryption": "aws:kms", "s3:x-amz-acl": "bucket-owner-full-control"}}}]})}),
		tf.data_res("aws_iam_policy_document", "doc", {"statement": [object.union(public_read, {"condition": [{"test": "Bool", "variable": "aws:SecureTransport", "values": ["true"]}]})]}),
		tf.res("aws_s3_bucket_policy", "doc", {"policy": tf.unknown("data.aws_iam_policy_document.doc.json")}),
		tf.res("aws_s3_bucket_policy", "vpce", {"policy": json.marshal({"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Condition": {"Bool": {"aws:SecureTransport": "true"}, "StringEquals": {"aws:SourceVpce": "vpce-1"}}}]})}),
		tf.res("aws_s3_bucket_policy", "org", {"policy": json.marshal({"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Condition": {"Bool": {"aws:SecureTransport": "true"}, "StringEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}}}]})}),
		tf.data_res("aws_iam_policy_document", "ip", {"statement": [object.union(public_read, {"condition": [{"test": "Bool", "variable": "aws:SecureTransport", "values": ["true"]}, {"test": "IpAddress", "variable": "aws:SourceIp", "values": ["203.0.113.0/24"]}]})]}),
		tf.res("aws_s3_bucket_policy", "ip", {"policy": tf.unknown("data.aws_iam_policy_document.ip.json")}),
	])
}
