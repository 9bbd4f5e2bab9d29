package evident.checks.terraform.s3_bucket_access_logging_test

import data.evident.checks.terraform.s3_bucket_access_logging as check

res(type, name, config) := {
	"id": concat(".", [type, name]), "mode": "managed", "type": type, "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 4, "config": config,
}

ref(expr) := {"__unknown__": expr, "refs": [expr]}

test_bucket_without_logging_is_reported if {
	check.deny == {{
		"resource": "aws_s3_bucket.records",
		"msg": "S3 bucket aws_s3_bucket.records has no server access logging",
	}} with input as {"type": "terraform", "resources": [res("aws_s3_bucket", "records", {"bucket": "records"})]}
}

test_separate_logging_resource_passes_and_target_is_a_log_bucket if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		res("aws_s3_bucket", "records", {"bucket": "records"}),
		res("aws_s3_bucket", "logs", {"bucket": "logs"}),
		res("aws_s3_bucket_logging", "records", {"bucket": ref("aws_s3_bucket.records.id"), "target_bucket": ref("aws_s3_bucket.logs.id")}),
	]}
}

test_inline_logging_block_passes if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		res("aws_s3_bucket", "records", {"logging": [{"target_bucket": "logs"}]}),
		res("aws_s3_bucket", "logs", {"bucket": "logs"}),
	]}
}

test_log_delivery_bucket_passes if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [res("aws_s3_bucket", "logs", {"acl": "log-delivery-write"})]}
}

test_log_delivery_acl_resource_passes if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		res("aws_s3_bucket", "logs", {"bucket": "logs"}),
		res("aws_s3_bucket_acl", "logs", {"bucket": ref("aws_s3_bucket.logs.id"), "acl": "log-delivery-write"}),
	]}
}

test_unresolvable_logging_bucket_is_not_a_violation if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		res("aws_s3_bucket", "records", {"bucket": ref("var.name")}),
		res("aws_s3_bucket_logging", "x", {"bucket": ref("var.name"), "target_bucket": "logs"}),
	]}
}
