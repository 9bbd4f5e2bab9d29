package evident.checks.terraform.cloudtrail_no_s3_data_events_test

import data.evident.checks.terraform.cloudtrail_no_s3_data_events as check
import data.evident.lib.tf_fixtures_test as tf

msg(id) := concat("", [id, " records no S3 object-level data events (no trail of the module selects data events of type AWS::S3::Object)"])

reported(ids) := {{"resource": id, "msg": msg(id)} | some id in ids}

trail(name, config) := tf.res("aws_cloudtrail", name, config)

selector_of(type) := {"read_write_type": "All", "data_resource": [{"type": type, "values": ["arn:aws:lambda"]}]}

advanced(category, type) := {"name": "x", "field_selector": [
	{"field": "eventCategory", "equals": [category]},
	{"field": "resources.type", "equals": [type]},
]}

test_no_trail_records_s3_data_events if {
	check.deny == reported(["aws_cloudtrail.a", "aws_cloudtrail.b", "aws_cloudtrail.c", "aws_cloudtrail.d"]) with input as tf.doc([
		trail("a", {}),
		trail("b", {"event_selector": [selector_of("AWS::Lambda::Function"), {"read_write_type": "All", "include_management_events": true}]}),
		trail("c", {"advanced_event_selector": [advanced("Data", "AWS::DynamoDB::Table"), {"field_selector": [{"field": "eventCategory", "equals": ["Management"]}]}]}),
		trail("d", {"advanced_event_selector": [{"field_selector": [{"field": "resources.type", "equals": ["AWS::S3::Object"]}]}]}),
	])
}

test_one_trail_recording_s3_data_events_silences_all if {
	count(check.deny) == 0 with input as tf.doc([trail("a", {}), trail("b", {"event_selector": [selector_of("AWS::S3::Object")]})])
	count(check.deny) == 0 with input as tf.doc([trail("a", {}), trail("b", {"event_selector": [{"data_resource": [{"type": "AWS::Lambda::Function"}, {"type": "AWS::S3::Object", "values": ["arn:aws:s3:::records/"]}]}]})])
	count(check.deny) == 0 with input as tf.doc([trail("a", {}), trail("b", {"advanced_event_selector": [advanced("Data", "AWS::S3::Object")]})])
	count(check.deny) == 0 with input as tf.doc([trail("a", {"advanced_event_selector": [{"field_selector": [
		{"field": "resources.type", "equals": ["AWS::DynamoDB::Table", "AWS::S3::Object"]},
		{"field": "resources.ARN", "starts_with": ["arn:aws:s3:::records/"]},
		{"field": "eventCategory", "equals": ["Data"]},
	]}]})])
}

test_unknown_values_may_record if {
	count(check.deny) == 0 with input as tf.doc([trail("a", {"event_selector": [selector_of(tf.unknown("var.type"))]})])
	count(check.deny) == 0 with input as tf.doc([trail("a", {"event_selector": [{"data_resource": [tf.unknown("var.resource")]}]})])
	count(check.deny) == 0 with input as tf.doc([trail("a", {"event_selector": [tf.unknown("var.selector")]})])
	count(check.deny) == 0 with input as tf.doc([trail("a", {"event_selector": tf.unknown("var.selectors")})])
	count(check.deny) == 0 with input as tf.doc([trail("a", {"advanced_event_selector": [advanced(tf.unknown("var.category"), "AWS::S3::Object")]})])
	count(check.deny) == 0 with input as tf.doc([trail("a", {"advanced_event_selector": [advanced("Data", tf.unknown("var.type"))]})])
	count(check.deny) == 0 with input as tf.doc([trail("a", {"advanced_event_selector": [{"field_selector": [
		{"field": "eventCategory", "equals": ["Data"]},
		{"field": tf.unknown("var.field"), "equals": ["AWS::S3::Object"]},
	]}]})])
	count(check.deny) == 0 with input as tf.doc([trail("a", {"advanced_event_selector": [{"field_selector": [
		{"field": "eventCategory", "equals": ["Data"]},
		{"field": "resources.type", "equals": tf.unknown("var.types")},
	]}]})])
	count(check.deny) == 0 with input as tf.doc([trail("a", {"advanced_event_selector": [{"field_selector": [{"field": "eventCategory", "equals": ["Data"]}, tf.unknown("var.type_selector")]}]})])
}

dynamic_selector(for_each, content) := {"dynamic": {"event_selector": [{"for_each": for_each, "content": [content]}]}}

test_dynamic_blocks if {
	# The content of a dynamic block is read: an iterator value may be S3, a literal type says what it records.
	count(check.deny) == 0 with input as tf.doc([trail("a", dynamic_selector(tf.unknown("var.selectors"), selector_of(tf.unknown("event_selector.value.type"))))])
	count(check.deny) == 0 with input as tf.doc([trail("a", dynamic_selector(tf.unknown("var.selectors"), selector_of("AWS::S3::Object")))])
	check.deny == reported(["aws_cloudtrail.a"]) with input as tf.doc([trail("a", dynamic_selector(tf.unknown("var.selectors"), selector_of("AWS::Lambda::Function")))])

	# A dynamic block over an empty list makes no block.
	check.deny == reported(["aws_cloudtrail.a"]) with input as tf.doc([trail("a", dynamic_selector([], selector_of("AWS::S3::Object")))])
	check.deny == reported(["aws_cloudtrail.a"]) with input as tf.doc([trail("a", dynamic_selector({}, selector_of("AWS::S3::Object")))])

	# Nested dynamic data_resource and field_selector blocks.
	count(check.deny) == 0 with input as tf.doc([trail("a", {"event_selector": [{"dynamic": {"data_resource": [{"for_each": tf.unknown("var.buckets"), "content": [{"type": "AWS::S3::Object", "values": [tf.unknown("data_resource.value")]}]}]}}]})])
	count(check.deny) == 0 with input as tf.doc([trail("a", {"advanced_event_selector": [{
		"field_selector": [{"field": "eventCategory", "equals": ["Data"]}],
		"dynamic": {"field_selector": [{"for_each": tf.unknown("var.fields"), "content": [{"field": tf.unknown("field_selector.key"), "equals": tf.unknown("field_selector.value")}]}]},
	}]})])
	count(check.deny) == 0 with input as tf.doc([trail("a", {"dynamic": {"advanced_event_selector": [{"for_each": tf.unknown("var.selectors"), "content": [advanced("Data", "AWS::S3::Object")]}]}})])
}

test_event_data_store_recording_s3_data_events if {
	count(check.deny) == 0 with input as tf.doc([trail("a", {}), tf.res("aws_cloudtrail_event_data_store", "lake", {"advanced_event_selector": [advanced("Data", "AWS::S3::Object")]})])
	check.deny == reported(["aws_cloudtrail.a"]) with input as tf.doc([trail("a", {}), tf.res("aws_cloudtrail_event_data_store", "lake", {})])
}

module(name, source, declares) := {"id": concat(".", ["module", name]), "name": name, "source": source, "source_type": "local", "config": {}, "declares": declares}

# A registry or git module: its code is not read (no `declares`, no model).
registry(name, source) := {"id": concat(".", ["module", name]), "name": name, "source": source, "source_type": "registry", "config": {}}

test_called_trail_module_silences if {
	count(check.deny) == 0 with input as object.union(tf.doc([trail("a", {})]), {"modules": [module("audit", "./modules/audit", ["aws_cloudtrail", "aws_s3_bucket"])]})
	count(check.deny) == 0 with input as object.union(tf.doc([trail("a", {})]), {"modules": [registry("logs", "cloudposse/cloudtrail/aws")]})
	check.deny == reported(["aws_cloudtrail.a"]) with input as object.union(tf.doc([trail("a", {})]), {"modules": [module("network", "./modules/network", ["aws_vpc"])]})
}

# "trail" in the name of a module whose code is read (a scanned local module, a modelled
# registry call) does not count: what it declares or creates does.
test_trail_in_the_name_of_a_module_whose_code_is_read if {
	check.deny == reported(["aws_cloudtrail.a"]) with input as object.union(tf.doc([trail("a", {})]), {"modules": [module("cloudtrail_bucket", "./modules/cloudtrail-bucket", ["aws_s3_bucket"])]})
	bucket := object.union(tf.res("aws_s3_bucket", "this", {}), {"id": "module.cloudtrail_bucket.aws_s3_bucket.this", "created_by": {"call": "module.cloudtrail_bucket"}})
	check.deny == reported(["aws_cloudtrail.a"]) with input as object.union(tf.doc([trail("a", {}), bucket]), {"modules": [registry("cloudtrail_bucket", "terraform-aws-modules/s3-bucket/aws")]})
}
