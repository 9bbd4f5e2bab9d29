package evident.checks.terraform.firehose_unencrypted_test

import data.evident.checks.terraform.firehose_unencrypted as check
import data.evident.lib.tf_fixtures_test as tf

stream(name, config) := tf.res("aws_kinesis_firehose_delivery_stream", name, object.union({"name": name, "destination": "extended_s3"}, config))

test_missing_block_missing_enabled_and_false_are_reported if {
	check.deny == {
		{"resource": "aws_kinesis_firehose_delivery_stream.a", "msg": "aws_kinesis_firehose_delivery_stream.a does not enable server_side_encryption (buffered records are not server-side encrypted)"},
		{"resource": "aws_kinesis_firehose_delivery_stream.b", "path": ["config", "server_side_encryption", 0], "msg": "aws_kinesis_firehose_delivery_stream.b does not set server_side_encryption.enabled = true (buffered records are not server-side encrypted)"},
		{"resource": "aws_kinesis_firehose_delivery_stream.c", "path": ["config", "server_side_encryption", 0, "enabled"], "msg": "aws_kinesis_firehose_delivery_stream.c sets server_side_encryption.enabled = false"},
	} with input as tf.doc([
		stream("a", {}),
		stream("b", {"server_side_encryption": [{"key_type": "CUSTOMER_MANAGED_CMK", "key_arn": "arn:aws:kms:eu-west-1:111122223333:key/k"}]}),
		stream("c", {"server_side_encryption": [{"enabled": false}]}),
	])
}

# A null argument or block is not set; "false" written as a string is false.
test_null_and_string_false_are_reported if {
	check.deny == {
		{"resource": "aws_kinesis_firehose_delivery_stream.n", "path": ["config", "server_side_encryption", 0], "msg": "aws_kinesis_firehose_delivery_stream.n does not set server_side_encryption.enabled = true (buffered records are not server-side encrypted)"},
		{"resource": "aws_kinesis_firehose_delivery_stream.s", "path": ["config", "server_side_encryption", 0, "enabled"], "msg": "aws_kinesis_firehose_delivery_stream.s sets server_side_encryption.enabled = false"},
		{"resource": "aws_kinesis_firehose_delivery_stream.e", "msg": "aws_kinesis_firehose_delivery_stream.e does not enable server_side_encryption (buffered records are not server-side encrypted)"},
	} with input as tf.doc([
		stream("n", {"server_side_encryption": [{"enabled": null}]}),
		stream("s", {"server_side_encryption": [{"enabled": "false"}]}),
		stream("e", {"server_side_encryption": null}),
	])
}

test_enabled_unknown_and_dynamic_pass if {
	count(check.deny) == 0 with input as tf.doc([
		stream("owned", {"server_side_encryption": [{"enabled": true}]}),
		stream("cmk", {"server_side_encryption": [{"enabled": true, "key_type": "CUSTOMER_MANAGED_CMK", "key_arn": tf.unknown("aws_kms_key.firehose.arn")}]}),
		stream("text", {"server_side_encryption": [{"enabled": "true"}]}),
		stream("var", {"server_side_encryption": [{"enabled": tf.unknown("var.sse")}]}),
		stream("block", {"server_side_encryption": tf.unknown("local.sse")}),
		stream("dyn", {"dynamic": {"server_side_encryption": [{"for_each": tf.unknown("var.sse"), "content": [{"enabled": tf.unknown("server_side_encryption.value")}]}]}}),
	])
}

# SSE cannot be set on a stream that reads a Kinesis data stream or an MSK
# topic (only Direct PUT streams take it): the source's encryption applies.
test_kinesis_and_msk_sources_are_not_reported if {
	count(check.deny) == 0 with input as tf.doc([
		stream("kinesis", {"kinesis_source_configuration": [{"kinesis_stream_arn": tf.unknown("aws_kinesis_stream.vitals.arn"), "role_arn": "arn:aws:iam::111122223333:role/firehose"}]}),
		stream("kinesis_off", {"kinesis_source_configuration": [{"kinesis_stream_arn": "arn:aws:kinesis:eu-west-1:111122223333:stream/s", "role_arn": "arn:aws:iam::111122223333:role/firehose"}], "server_side_encryption": [{"enabled": false}]}),
		stream("msk", {"msk_source_configuration": [{"msk_cluster_arn": "arn:aws:kafka:eu-west-1:111122223333:cluster/c/1", "topic_name": "events"}]}),
		stream("dyn_source", {"dynamic": {"kinesis_source_configuration": [{"for_each": tf.unknown("var.source"), "content": [{}]}]}}),
	])
}

test_other_resource_types_ignored if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_kinesis_stream", "s", {}),
		tf.data_res("aws_kinesis_firehose_delivery_stream", "d", {"name": "d"}),
	])
}
