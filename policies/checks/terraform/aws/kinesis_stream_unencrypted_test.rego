package evident.checks.terraform.kinesis_stream_unencrypted_test

import data.evident.checks.terraform.kinesis_stream_unencrypted as check
import data.evident.lib.tf_fixtures_test as tf

test_absent_and_none if {
	check.deny == {
		{"resource": "aws_kinesis_stream.a", "msg": "aws_kinesis_stream.a does not set encryption_type = KMS (records are not encrypted at rest)"},
		{"resource": "aws_kinesis_stream.b", "path": ["config", "encryption_type"], "msg": "aws_kinesis_stream.b sets encryption_type = NONE"},
	} with input as tf.doc([tf.res("aws_kinesis_stream", "a", {}), tf.res("aws_kinesis_stream", "b", {"encryption_type": "NONE"})])
}

test_kms_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([tf.res("aws_kinesis_stream", "a", {"encryption_type": "KMS"}), tf.res("aws_kinesis_stream", "b", {"encryption_type": tf.unknown("var.t")})])
}

# null leaves the argument unset (the default, NONE); the value is compared case-insensitively.
test_null_and_lower_case_none if {
	check.deny == {
		{"resource": "aws_kinesis_stream.n", "msg": "aws_kinesis_stream.n does not set encryption_type = KMS (records are not encrypted at rest)"},
		{"resource": "aws_kinesis_stream.l", "path": ["config", "encryption_type"], "msg": "aws_kinesis_stream.l sets encryption_type = NONE"},
	} with input as tf.doc([tf.res("aws_kinesis_stream", "n", {"encryption_type": null}), tf.res("aws_kinesis_stream", "l", {"encryption_type": "none"})])
}
