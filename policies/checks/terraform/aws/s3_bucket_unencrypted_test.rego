package evident.checks.terraform.s3_bucket_unencrypted_test

import data.evident.checks.terraform.s3_bucket_unencrypted as check

bucket(name, config) := {
	"id": concat(".", ["aws_s3_bucket", name]), "mode": "managed", "type": "aws_s3_bucket", "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 3, "config": config,
}

sse(name, bucket_value) := {
	"id": concat(".", ["aws_s3_bucket_server_side_encryption_configuration", name]), "mode": "managed",
	"type": "aws_s3_bucket_server_side_encryption_configuration", "name": name,
	"file": "main.tf", "startLine": 5, "endLine": 12,
	"config": {"bucket": bucket_value, "rule": [{"apply_server_side_encryption_by_default": [{"sse_algorithm": "aws:kms"}]}]},
}

ref(expr, refs) := {"__unknown__": expr, "refs": refs}

test_bucket_without_encryption_is_reported if {
	check.deny == {{
		"resource": "aws_s3_bucket.records",
		"msg": "S3 bucket aws_s3_bucket.records declares no server-side encryption configuration",
	}} with input as {"type": "terraform", "resources": [bucket("records", {"bucket": "clinic-records"})]}
}

test_inline_encryption_block_passes if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [bucket("records", {
		"bucket": "clinic-records",
		"server_side_encryption_configuration": [{"rule": [{"apply_server_side_encryption_by_default": [{"sse_algorithm": "AES256"}]}]}],
	})]}
}

test_dynamic_encryption_block_passes if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [bucket("records", {
		"dynamic": {"server_side_encryption_configuration": [{"for_each": ref("var.sse", ["var.sse"]), "content": [{}]}]},
	})]}
}

test_separate_resource_by_reference_passes if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		bucket("records", {"bucket": "clinic-records"}),
		sse("records", ref("aws_s3_bucket.records.id", ["aws_s3_bucket.records.id"])),
	]}
}

test_separate_resource_by_literal_name_passes if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		bucket("records", {"bucket": "clinic-records"}),
		sse("records", "clinic-records"),
	]}
}

test_configuration_for_another_bucket_does_not_count if {
	check.deny == {{
		"resource": "aws_s3_bucket.records",
		"msg": "S3 bucket aws_s3_bucket.records declares no server-side encryption configuration",
	}} with input as {"type": "terraform", "resources": [
		bucket("records", {"bucket": "clinic-records"}),
		bucket("logs", {"bucket": "clinic-logs"}),
		sse("logs", ref("aws_s3_bucket.logs.id", ["aws_s3_bucket.logs.id"])),
	]}
}

test_unresolvable_bucket_reference_is_not_a_violation if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		bucket("records", {"bucket": ref("var.bucket_name", ["var.bucket_name"])}),
		sse("records", ref("var.bucket_name", ["var.bucket_name"])),
	]}
}

test_data_source_bucket_is_ignored if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [object.union(bucket("existing", {}), {"mode": "data", "id": "data.aws_s3_bucket.existing"})]}
}
