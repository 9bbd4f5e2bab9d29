package evident.checks.cloudformation.firehose_unencrypted_test

import data.evident.checks.cloudformation.firehose_unencrypted as check

stream(id, props) := {"id": id, "type": "AWS::KinesisFirehose::DeliveryStream", "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

unknown(ref) := {"__unknown__": concat(" ", ["Ref", ref]), "refs": [ref]}

s3 := {"BucketARN": "arn:aws:s3:::events", "RoleARN": "arn:aws:iam::111122223333:role/firehose"}

test_direct_put_without_encryption_is_reported if {
	check.deny == {
		{"resource": "A", "msg": "A has no DeliveryStreamEncryptionConfigurationInput (buffered records are not server-side encrypted)"},
		{"resource": "B", "msg": "B has no DeliveryStreamEncryptionConfigurationInput (buffered records are not server-side encrypted)"},
		{"resource": "C", "msg": "C has no DeliveryStreamEncryptionConfigurationInput (buffered records are not server-side encrypted)"},
		{"resource": "D", "msg": "D has no DeliveryStreamEncryptionConfigurationInput (buffered records are not server-side encrypted)"},
	} with input as {"resources": [
		stream("A", {"ExtendedS3DestinationConfiguration": s3}),
		stream("B", {"DeliveryStreamType": "DirectPut", "S3DestinationConfiguration": s3}),
		stream("C", {"DeliveryStreamType": null, "DeliveryStreamEncryptionConfigurationInput": null}),
		stream("D", {"DeliveryStreamType": "DirectPut", "DirectPutSourceConfiguration": {"ThroughputHintInMBs": 5}}),
	]}
}

test_encrypted_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [
		stream("Owned", {"DeliveryStreamEncryptionConfigurationInput": {"KeyType": "AWS_OWNED_CMK"}}),
		stream("Cmk", {"DeliveryStreamEncryptionConfigurationInput": {"KeyType": "CUSTOMER_MANAGED_CMK", "KeyARN": {"__unknown__": "GetAtt Key.Arn", "refs": ["Key"], "__ref__": "Key"}}}),
		stream("NoKeyType", {"DeliveryStreamEncryptionConfigurationInput": {}}),
		stream("Param", {"DeliveryStreamEncryptionConfigurationInput": unknown("Encryption")}),
		stream("Type", {"DeliveryStreamType": unknown("StreamType")}),
	]}
}

# SSE cannot be set on a stream that reads a Kinesis data stream, an MSK
# topic or a database (only Direct PUT streams take it): the source's
# encryption applies.
test_other_sources_are_not_reported if {
	count(check.deny) == 0 with input as {"resources": [
		stream("Kinesis", {"DeliveryStreamType": "KinesisStreamAsSource", "KinesisStreamSourceConfiguration": {"KinesisStreamARN": "arn:aws:kinesis:eu-west-1:111122223333:stream/s", "RoleARN": "arn:aws:iam::111122223333:role/firehose"}}),
		stream("KinesisTypeOnly", {"DeliveryStreamType": "KinesisStreamAsSource"}),
		stream("KinesisConfigOnly", {"KinesisStreamSourceConfiguration": {"KinesisStreamARN": unknown("StreamArn")}}),
		stream("Msk", {"DeliveryStreamType": "MSKAsSource", "MSKSourceConfiguration": {"MSKClusterARN": "arn:aws:kafka:eu-west-1:111122223333:cluster/c/1", "TopicName": "events"}}),
		stream("Database", {"DeliveryStreamType": "DatabaseAsSource", "DatabaseSourceConfiguration": {"Type": "MySQL"}}),
	]}
}

test_other_resource_types_ignored if {
	check.deny == {{"resource": "A", "msg": "A has no DeliveryStreamEncryptionConfigurationInput (buffered records are not server-side encrypted)"}} with input as {"resources": [
		{"id": "S", "type": "AWS::Kinesis::Stream", "properties": {}, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9},
		stream("A", {"ExtendedS3DestinationConfiguration": s3}),
	]}
}
