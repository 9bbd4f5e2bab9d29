package evident.checks.cloudformation.s3_bucket_unencrypted_test

import data.evident.checks.cloudformation.s3_bucket_unencrypted as check

bucket(props) := {"id": "Records", "type": "AWS::S3::Bucket", "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

test_missing_encryption_is_reported if {
	check.deny == {{"resource": "Records", "msg": "Records has no BucketEncryption (default encryption is not declared)"}} with input as {"type": "cloudformation", "resources": [bucket({"BucketName": "records"})]}
}

test_declared_encryption_passes if {
	count(check.deny) == 0 with input as {"type": "cloudformation", "resources": [bucket({"BucketEncryption": {"ServerSideEncryptionConfiguration": [{"ServerSideEncryptionByDefault": {"SSEAlgorithm": "aws:kms"}}]}})]}
}

test_unknown_encryption_is_not_a_violation if {
	count(check.deny) == 0 with input as {"type": "cloudformation", "resources": [bucket({"BucketEncryption": {"__unknown__": "Fn::If UseKms", "refs": ["UseKms"]}})]}
}

test_other_types_are_ignored if {
	count(check.deny) == 0 with input as {"type": "cloudformation", "resources": [object.union(bucket({}), {"type": "AWS::S3::BucketPolicy"})]}
}
