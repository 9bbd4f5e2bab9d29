package evident.checks.cloudformation.s3_bucket_access_logging_test

import data.evident.checks.cloudformation.s3_bucket_access_logging as check

res(id, type, props) := {"id": id, "type": type, "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

ref(id) := {"__unknown__": concat(" ", ["Ref", id]), "refs": [id], "__ref__": id}

test_bucket_without_logging_is_reported if {
	check.deny == {{"resource": "Records", "msg": "Records has no LoggingConfiguration (access to its objects is not recorded)"}} with input as {"resources": [res("Records", "AWS::S3::Bucket", {})]}
}

test_logging_and_log_targets_pass if {
	count(check.deny) == 0 with input as {"resources": [
		res("Records", "AWS::S3::Bucket", {"LoggingConfiguration": {"DestinationBucketName": ref("Logs")}}),
		res("Logs", "AWS::S3::Bucket", {"BucketName": "logs"}),
		res("Acl", "AWS::S3::Bucket", {"AccessControl": "LogDeliveryWrite"}),
		res("PolicyLogs", "AWS::S3::Bucket", {"BucketName": "policy-logs"}),
		res("Policy", "AWS::S3::BucketPolicy", {"Bucket": "policy-logs", "PolicyDocument": {"Statement": [{"Effect": "Allow", "Principal": {"Service": "logging.s3.amazonaws.com"}, "Action": "s3:PutObject"}]}}),
	]}
}

test_unknown_logging_is_not_a_violation if {
	count(check.deny) == 0 with input as {"resources": [res("Records", "AWS::S3::Bucket", {"LoggingConfiguration": {"__unknown__": "Fn::If L", "refs": ["L"]}})]}
}

# The audit trail's bucket needs its own access logs (CIS AWS Foundations): being a trail's bucket exempts nothing.
test_cloudtrail_bucket_is_reported if {
	check.deny == {{"resource": "TrailLogs", "msg": "TrailLogs has no LoggingConfiguration (access to its objects is not recorded)"}} with input as {"resources": [
		res("TrailLogs", "AWS::S3::Bucket", {}),
		res("Trail", "AWS::CloudTrail::Trail", {"S3BucketName": ref("TrailLogs")}),
	]}
}

# A bucket policy written as a JSON string counts like an object: the bucket
# logging.s3.amazonaws.com may write to receives access logs. A string that is
# not valid JSON, one built at deploy time, or one granting another service
# exempts nothing.
test_json_string_log_delivery_policy if {
	check.deny == {
		{"resource": "BrokenLogs", "msg": "BrokenLogs has no LoggingConfiguration (access to its objects is not recorded)"},
		{"resource": "BuiltLogs", "msg": "BuiltLogs has no LoggingConfiguration (access to its objects is not recorded)"},
		{"resource": "Other", "msg": "Other has no LoggingConfiguration (access to its objects is not recorded)"},
	} with input as {"resources": [
		res("Logs", "AWS::S3::Bucket", {}),
		res("LogsPolicy", "AWS::S3::BucketPolicy", {"Bucket": ref("Logs"), "PolicyDocument": `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"logging.s3.amazonaws.com"},"Action":"s3:PutObject","Resource":"arn:aws:s3:::logs/*"}]}`}),
		res("BrokenLogs", "AWS::S3::Bucket", {}),
		res("BrokenPolicy", "AWS::S3::BucketPolicy", {"Bucket": ref("BrokenLogs"), "PolicyDocument": `{"Statement":[{"Effect":"Allow","Principal":{"Service":"logging.s3.amazonaws.com"},"Action":"s3:PutObject"}]`}),
		res("BuiltLogs", "AWS::S3::Bucket", {}),
		res("BuiltPolicy", "AWS::S3::BucketPolicy", {"Bucket": ref("BuiltLogs"), "PolicyDocument": {"__unknown__": "Fn::Sub {\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"logging.s3.amazonaws.com\"},\"Action\":\"s3:PutObject\",\"Resource\":\"${Target}\"}]}", "refs": ["Target"], "template": "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"logging.s3.amazonaws.com\"},\"Action\":\"s3:PutObject\",\"Resource\":\"${Target}\"}]}"}}),
		res("Other", "AWS::S3::Bucket", {}),
		res("OtherPolicy", "AWS::S3::BucketPolicy", {"Bucket": ref("Other"), "PolicyDocument": json.marshal({"Statement": [{"Effect": "Allow", "Principal": {"Service": "cloudfront.amazonaws.com"}, "Action": "s3:GetObject"}]})}),
	]}
}
