package evident.checks.terraform.s3_bucket_public_acl_test

import data.evident.checks.terraform.s3_bucket_public_acl as check

res(type, name, config) := {
	"id": concat(".", [type, name]), "mode": "managed", "type": type, "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 4, "config": config,
}

test_inline_public_read_acl_is_reported if {
	check.deny == {{
		"resource": "aws_s3_bucket.exports",
		"path": ["config", "acl"],
		"msg": "S3 bucket aws_s3_bucket.exports uses the public canned ACL \"public-read\"",
	}} with input as {"type": "terraform", "resources": [res("aws_s3_bucket", "exports", {"acl": "public-read"})]}
}

test_acl_resource_public_read_write_is_reported if {
	check.deny == {{
		"resource": "aws_s3_bucket_acl.exports",
		"path": ["config", "acl"],
		"msg": "aws_s3_bucket_acl.exports sets the public canned ACL \"public-read-write\"",
	}} with input as {"type": "terraform", "resources": [res("aws_s3_bucket_acl", "exports", {"bucket": "x", "acl": "public-read-write"})]}
}

test_private_acl_passes if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		res("aws_s3_bucket", "a", {"acl": "private"}),
		res("aws_s3_bucket_acl", "b", {"acl": "private"}),
		res("aws_s3_bucket", "c", {}),
	]}
}

test_unknown_acl_is_not_a_violation if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [res("aws_s3_bucket_acl", "b", {"acl": {"__unknown__": "var.acl", "refs": ["var.acl"]}})]}
}
