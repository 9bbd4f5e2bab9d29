package evident.lib.terraform_test

import data.evident.lib.terraform
import data.evident.lib.tf_fixtures_test as tf

no_block := "%s: no block"

absent := "%s: not set"

off := "%s: false"

at_block(id) := {"resource": id, "path": ["config", "b", 0], "msg": concat("", [id, ": not set"])}

test_block_off_missing_absent_null_and_false if {
	terraform.block_off(tf.res("x_t", "a", {}), "b", "on", absent, off) == {"resource": "x_t.a", "msg": "x_t.a: not set"}
	terraform.block_off(tf.res("x_t", "b", {"b": [{}]}), "b", "on", absent, off) == at_block("x_t.b")
	terraform.block_off(tf.res("x_t", "c", {"b": [{"on": null}]}), "b", "on", absent, off) == at_block("x_t.c")
	terraform.block_off(tf.res("x_t", "d", {"b": [{"on": false}]}), "b", "on", absent, off) == {"resource": "x_t.d", "path": ["config", "b", 0, "on"], "msg": "x_t.d: false"}
}

# off(): false, or the string "false" (0.11-style quoted booleans), at the argument;
# absent or null at the resource; true, "true" and unknown values pass.
test_off_false_quoted_false_absent_and_null if {
	terraform.off(tf.res("x_t", "a", {"on": false}), "on", absent, off) == {"resource": "x_t.a", "path": ["config", "on"], "msg": "x_t.a: false"}
	terraform.off(tf.res("x_t", "b", {"on": "false"}), "on", absent, off) == {"resource": "x_t.b", "path": ["config", "on"], "msg": "x_t.b: false"}
	terraform.off(tf.res("x_t", "c", {}), "on", absent, off) == {"resource": "x_t.c", "msg": "x_t.c: not set"}
	terraform.off(tf.res("x_t", "d", {"on": null}), "on", absent, off) == {"resource": "x_t.d", "msg": "x_t.d: not set"}
	not terraform.off(tf.res("x_t", "e", {"on": true}), "on", absent, off)
	not terraform.off(tf.res("x_t", "f", {"on": "true"}), "on", absent, off)
	not terraform.off(tf.res("x_t", "g", {"on": tf.unknown("var.on")}), "on", absent, off)
}

test_block_off_true_unknown_dynamic_and_later_blocks_pass if {
	not terraform.block_off(tf.res("x_t", "a", {"b": [{"on": true}]}), "b", "on", absent, off)
	not terraform.block_off(tf.res("x_t", "b", {"b": [{"on": tf.unknown("var.on")}]}), "b", "on", absent, off)
	not terraform.block_off(tf.res("x_t", "c", {"dynamic": {"b": [{"for_each": tf.unknown("var.b"), "content": [{}]}]}}), "b", "on", absent, off)
	not terraform.block_off(tf.res("x_t", "d", {"b": [{"on": true}, {"on": false}]}), "b", "on", absent, off)
}

test_block_missing_or_off_has_its_own_no_block_message if {
	terraform.block_missing_or_off(tf.res("x_t", "a", {}), "b", "on", no_block, absent, off) == {"resource": "x_t.a", "msg": "x_t.a: no block"}
	terraform.block_missing_or_off(tf.res("x_t", "b", {"b": [{"on": null}]}), "b", "on", no_block, absent, off) == at_block("x_t.b")
	terraform.block_missing_or_off(tf.res("x_t", "c", {"b": [{"on": false}]}), "b", "on", no_block, absent, off) == {"resource": "x_t.c", "path": ["config", "b", 0, "on"], "msg": "x_t.c: false"}
}

test_block_item_off_any_block if {
	r := tf.res("x_t", "a", {"b": [{"on": true}, {"on": null}, {"on": false}]})
	not terraform.block_item_off(r, "b", 0, "on", absent, off)
	terraform.block_item_off(r, "b", 1, "on", absent, off) == {"resource": "x_t.a", "path": ["config", "b", 1], "msg": "x_t.a: not set"}
	terraform.block_item_off(r, "b", 2, "on", absent, off) == {"resource": "x_t.a", "path": ["config", "b", 2, "on"], "msg": "x_t.a: false"}
	not terraform.block_item_off(r, "b", 3, "on", absent, off)
}

# --- resources(): resources that Terraform never creates are left out.

counted(name, meta) := object.union(tf.res("x_t", name, {}), meta)

test_resources_leave_out_count_zero_and_empty_for_each if {
	created := [
		tf.res("x_t", "plain", {}),
		counted("one", {"count": 1}),
		counted("unknown_count", {"count": tf.unknown("var.n")}),
		counted("string_one", {"count": "1"}),
		counted("set", {"for_each": ["a"]}),
		counted("map", {"for_each": {"a": 1}}),
		counted("unknown_for_each", {"for_each": tf.unknown("var.m")}),
	]
	never := [
		counted("zero", {"count": 0}),
		counted("string_zero", {"count": "0"}),
		counted("empty_map", {"for_each": {}}),
		counted("empty_set", {"for_each": []}),
	]
	ids := [r.id | some r in terraform.resources("x_t")] with input as tf.doc(array.concat(never, created))
	ids == [
		"x_t.plain", "x_t.one", "x_t.unknown_count", "x_t.string_one",
		"x_t.set", "x_t.map", "x_t.unknown_for_each",
	]
}

test_resources_empty_when_every_resource_is_never_created if {
	terraform.resources("x_t") == [] with input as tf.doc([counted("a", {"count": 0}), counted("b", {"for_each": {}})])
	terraform.resources_of({"x_t", "y_t"}) == [tf.res("y_t", "c", {})] with input as tf.doc([counted("a", {"count": 0}), tf.res("y_t", "c", {})])
}

# A resource of a registry module call with count = 0 (the call's count is
# copied onto the modelled resources) is left out too.
test_resources_leave_out_module_resources_of_a_call_with_count_zero if {
	mod := object.union(tf.res("aws_s3_bucket", "this", {}), {
		"id": "module.b.aws_s3_bucket.this", "module": "module.b", "count": 0,
		"created_by": {"call": "module.b", "source": "terraform-aws-modules/s3-bucket/aws", "module": "terraform-aws-modules/s3-bucket/aws"},
	})
	terraform.resources("aws_s3_bucket") == [] with input as tf.doc([mod])
}

test_never_created_values if {
	terraform.never_created({"count": 0})
	terraform.never_created({"count": 0.0})
	terraform.never_created({"count": "0"})
	terraform.never_created({"for_each": {}})
	terraform.never_created({"for_each": []})
	not terraform.never_created({})
	not terraform.never_created({"count": 2})
	not terraform.never_created({"count": tf.unknown("var.create")})
	not terraform.never_created({"count": null})
	not terraform.never_created({"for_each": ["a"]})
	not terraform.never_created({"for_each": tf.unknown("var.items")})
}

# A resource that is never created does not count as attached either.
test_attached_ignores_never_created_resources if {
	bucket := tf.res("aws_s3_bucket", "b", {})
	on := tf.res("aws_s3_bucket_versioning", "on", {"bucket": tf.unknown("aws_s3_bucket.b.id")})
	other := counted("other", {"count": 0})
	off_versioning := object.union(tf.res("aws_s3_bucket_versioning", "off", {"bucket": tf.unknown("aws_s3_bucket.b.id")}), {"count": 0})
	[r.id | some r in terraform.attached("aws_s3_bucket_versioning", "bucket", bucket)] == ["aws_s3_bucket_versioning.on"] with input as tf.doc([bucket, on, other, off_versioning])
}

# --- blocks(): Terraform 0.11 (HCL1) `name = { … }` is one block.

test_blocks_forms if {
	terraform.blocks({"b": [{"on": true}, {"on": false}]}, "b") == [{"on": true}, {"on": false}]
	terraform.blocks({"b": {"on": true}}, "b") == [{"on": true}]
	terraform.blocks({"b": {}}, "b") == [{}]
	terraform.blocks({"b": []}, "b") == []
	terraform.blocks({}, "b") == []
	terraform.blocks({"b": null}, "b") == []
	terraform.blocks({"b": tf.unknown("var.b")}, "b") == []
	terraform.blocks({"b": "x"}, "b") == []
	terraform.blocks({"dynamic": {"b": [{"for_each": tf.unknown("var.b"), "content": [{}]}]}}, "dynamic") == []
}

test_has_block_forms if {
	terraform.has_block({"b": [{}]}, "b")
	terraform.has_block({"b": {}}, "b")
	terraform.has_block({"b": {"on": true}}, "b")
	terraform.has_block({"dynamic": {"b": [{"for_each": tf.unknown("var.b"), "content": [{}]}]}}, "b")
	not terraform.has_block({}, "b")
	not terraform.has_block({"b": []}, "b")
	not terraform.has_block({"b": null}, "b")
	not terraform.has_block({"b": tf.unknown("var.b")}, "b")
}

test_block_path_forms if {
	terraform.block_path({"b": [{}, {}]}, "b", 1) == ["b", 1]
	terraform.block_path({"b": {}}, "b", 0) == ["b"]
}

test_block_off_object_form if {
	terraform.block_off(tf.res("x_t", "a", {"b": {}}), "b", "on", absent, off) == {"resource": "x_t.a", "path": ["config", "b"], "msg": "x_t.a: not set"}
	terraform.block_off(tf.res("x_t", "b", {"b": {"on": null}}), "b", "on", absent, off) == {"resource": "x_t.b", "path": ["config", "b"], "msg": "x_t.b: not set"}
	terraform.block_off(tf.res("x_t", "c", {"b": {"on": false}}), "b", "on", absent, off) == {"resource": "x_t.c", "path": ["config", "b", "on"], "msg": "x_t.c: false"}
	not terraform.block_off(tf.res("x_t", "d", {"b": {"on": true}}), "b", "on", absent, off)
	not terraform.block_off(tf.res("x_t", "e", {"b": {"on": tf.unknown("var.on")}}), "b", "on", absent, off)

	# An unknown value written for the block is neither a block nor a dynamic one.
	terraform.block_missing_or_off(tf.res("x_t", "f", {"b": tf.unknown("var.b")}), "b", "on", no_block, absent, off) == {"resource": "x_t.f", "msg": "x_t.f: no block"}
}

test_block_item_off_object_form if {
	r := tf.res("x_t", "a", {"b": {"on": false}})
	terraform.block_item_off(r, "b", 0, "on", absent, off) == {"resource": "x_t.a", "path": ["config", "b", "on"], "msg": "x_t.a: false"}
	not terraform.block_item_off(r, "b", 1, "on", absent, off)
}

# --- The review's cases through real checks (.tmp/real/review-tf-misc.md FA-2, Miss-1).

# FA-2: count = 0, for_each = toset([]) and for_each = {} create no instance.
test_imds_check_skips_resources_never_created if {
	zero := object.union(tf.res("aws_instance", "foo", {}), {"count": 0})
	empty_set := object.union(tf.res("aws_instance", "bar", {}), {"for_each": []})
	empty_map := object.union(tf.res("aws_instance", "baz", {}), {"for_each": {}})
	unknown := object.union(tf.res("aws_instance", "qux", {}), {"count": tf.unknown("var.n")})
	fs := data.evident.checks.terraform.ec2_imdsv1_enabled.deny with input as tf.doc([zero, empty_set, empty_map, unknown])
	fs == {{"resource": "aws_instance.qux", "msg": "aws_instance.qux does not require IMDSv2 session tokens (no metadata_options block; http_tokens defaults to \"optional\")"}}
}

# Miss-1: network_interface { access_config = {} } (0.11) gives a public IP.
test_public_ip_check_reads_hcl1_object_block if {
	vm := tf.res("google_compute_instance", "cluster1", {"network_interface": [{"network": "default", "access_config": {}}]})
	hidden := tf.res("google_compute_instance", "private", {"network_interface": [{"network": "default", "access_config": tf.unknown("var.ac")}]})
	fs := data.evident.checks.terraform.gcp_compute_public_ip.deny with input as tf.doc([vm, hidden])
	fs == {{"resource": "google_compute_instance.cluster1", "path": ["config", "network_interface", 0, "access_config"], "msg": "google_compute_instance.cluster1 has a public IP address (network_interface access_config)"}}
}

# Miss-1: a 0.11 bucket with versioning = { enabled = true } has versioning;
# versioning = { enabled = false } is reported at the argument.
test_versioning_check_reads_hcl1_object_block if {
	on := tf.res("aws_s3_bucket", "on", {"versioning": {"enabled": true}})
	off_bucket := tf.res("aws_s3_bucket", "off", {"versioning": {"enabled": false}})
	fs := data.evident.checks.terraform.s3_bucket_versioning_disabled.deny with input as tf.doc([on, off_bucket])
	fs == {{"resource": "aws_s3_bucket.off", "path": ["config", "versioning", 0, "enabled"], "msg": "S3 bucket aws_s3_bucket.off sets versioning enabled = false"}}
}

# A bucket passed to a scanned local module that declares the companion resource (Trivy's
# nested-modules test data: modules/logging declares the versioning of the bucket it is given).
test_companion_checks_trust_a_local_module_that_declares_the_companion if {
	bucket := tf.res("aws_s3_bucket", "this", {"bucket": "records"})
	other := tf.res("aws_s3_bucket", "other", {"bucket": "other"})
	call := {
		"id": "module.s3_log", "name": "s3_log", "source": "./modules/logging", "source_type": "local",
		"file": "main.tf", "startLine": 10, "endLine": 13,
		"config": {"bucket": {"__unknown__": "aws_s3_bucket.this.id", "refs": ["aws_s3_bucket.this.id"]}},
		"declares": ["aws_s3_bucket_logging", "aws_s3_bucket_public_access_block", "aws_s3_bucket_server_side_encryption_configuration", "aws_s3_bucket_versioning"],
	}
	input_doc := object.union(tf.doc([bucket, other]), {"modules": [call]})
	{f.resource | some f in data.evident.checks.terraform.s3_bucket_versioning_disabled.deny} == {"aws_s3_bucket.other"} with input as input_doc
	{f.resource | some f in data.evident.checks.terraform.s3_bucket_unencrypted.deny} == {"aws_s3_bucket.other"} with input as input_doc
	{f.resource | some f in data.evident.checks.terraform.s3_bucket_access_logging.deny} == {"aws_s3_bucket.other"} with input as input_doc
	{f.resource | some f in data.evident.checks.terraform.s3_bucket_no_public_access_block.deny} == {"aws_s3_bucket.other"} with input as input_doc

	# A module that declares none of them, or a call without declares (registry, not scanned), does not count.
	bare := object.union(call, {"declares": ["aws_sns_topic"]})
	{f.resource | some f in data.evident.checks.terraform.s3_bucket_versioning_disabled.deny} == {"aws_s3_bucket.this", "aws_s3_bucket.other"} with input as object.union(tf.doc([bucket, other]), {"modules": [bare]})
	unscanned := object.remove(call, ["declares"])
	{f.resource | some f in data.evident.checks.terraform.s3_bucket_unencrypted.deny} == {"aws_s3_bucket.this", "aws_s3_bucket.other"} with input as object.union(tf.doc([bucket, other]), {"modules": [unscanned]})
}

# The checks that read input.resources themselves leave never-created resources out too.
test_direct_readers_leave_out_never_created_resources if {
	gone := object.union(tf.res("aws_s3_bucket", "gone", {}), {"count": 0})
	aws := tf.provider("aws", "", {"region": "eu-west-1"})
	count(data.evident.checks.terraform.cloudtrail_missing.deny) == 0 with input as tf.doc_with([gone], [aws])
	data.evident.checks.terraform.cloudtrail_missing.deny == {{"resource": "provider.aws", "msg": "module . configures provider \"aws\" and creates AWS resources but declares no aws_cloudtrail"}} with input as tf.doc_with([tf.res("aws_s3_bucket", "kept", {})], [aws])

	gcp_gone := object.union(tf.res("google_storage_bucket", "gone", {}), {"for_each": {}})
	data.evident.lib.gcp.google_resources == [] with input as tf.doc([gcp_gone])
	sql_gone := object.union(tf.res("google_sql_database_instance", "gone", {}), {"count": 0})
	data.evident.lib.gcp.sql_primaries == [] with input as tf.doc([sql_gone])
}

# Terraform converts a quoted number for a number argument (0.11-style code quotes them).
test_number_reads_numbers_and_digit_strings if {
	terraform.number(30) == 30
	terraform.number("30") == 30
	terraform.number(" 7 ") == 7
	terraform.number("0") == 0
	not terraform.number("thirty")
	not terraform.number("-1")
	not terraform.number("1.5")
	not terraform.number(true)
	not terraform.number(tf.unknown("var.days"))
}

test_ignores_changes if {
	terraform.ignores_changes({"lifecycle": [{"ignore_changes": [{"__unknown__": "tags", "refs": ["tags"]}, {"__unknown__": "secret_string", "refs": ["secret_string"]}]}]}, "secret_string")
	terraform.ignores_changes({"lifecycle": [{"ignore_changes": {"__unknown__": "all", "refs": ["all"]}}]}, "password")
	not terraform.ignores_changes({"lifecycle": [{"ignore_changes": [{"__unknown__": "tags", "refs": ["tags"]}]}]}, "secret_string")
	not terraform.ignores_changes({"lifecycle": [{"prevent_destroy": true}]}, "secret_string")
	not terraform.ignores_changes({"config": {}}, "secret_string")
}
