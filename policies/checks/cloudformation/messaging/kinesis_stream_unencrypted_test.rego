package evident.checks.cloudformation.kinesis_stream_unencrypted_test

import data.evident.checks.cloudformation.kinesis_stream_unencrypted as check

stream(id, props) := {"id": id, "type": "AWS::Kinesis::Stream", "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

unknown(ref) := {"__unknown__": concat(" ", ["Ref", ref]), "refs": [ref]}

test_absent_null_and_none_are_reported if {
	check.deny == {
		{"resource": "A", "msg": "A has no StreamEncryption (records are not encrypted at rest)"},
		{"resource": "B", "msg": "B has no StreamEncryption (records are not encrypted at rest)"},
		{"resource": "C", "path": ["properties", "StreamEncryption", "EncryptionType"], "msg": "C sets StreamEncryption.EncryptionType to NONE"},
	} with input as {"resources": [
		stream("A", {"ShardCount": 1}),
		stream("B", {"StreamEncryption": null}),
		stream("C", {"StreamEncryption": {"EncryptionType": "NONE"}}),
	]}
}

test_kms_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [
		stream("A", {"StreamEncryption": {"EncryptionType": "KMS", "KeyId": "alias/aws/kinesis"}}),
		stream("B", {"StreamEncryption": unknown("AWS::Region")}),
		stream("C", {"StreamEncryption": {"EncryptionType": unknown("Encryption"), "KeyId": unknown("Key")}}),
		stream("D", {"StreamEncryption": {"EncryptionType": "KMS", "KeyId": {"__unknown__": "GetAtt StreamKey.Arn", "refs": ["StreamKey"], "__ref__": "StreamKey"}}}),
	]}
}

# Only the stream next to it is reported: the check reads its own type only.
test_other_resource_types_ignored if {
	check.deny == {{"resource": "S", "msg": "S has no StreamEncryption (records are not encrypted at rest)"}} with input as {"resources": [
		{"id": "F", "type": "AWS::KinesisFirehose::DeliveryStream", "properties": {}, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9},
		stream("S", {"ShardCount": 1}),
	]}
}
