package evident.checks.cloudformation.s3_bucket_policy_insecure_transport_test

import data.evident.checks.cloudformation.s3_bucket_policy_insecure_transport as check

policy(document) := {"id": "RecordsPolicy", "type": "AWS::S3::BucketPolicy", "properties": {"Bucket": "records", "PolicyDocument": document}, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

allow_read := {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:role/app"}, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::records/*"}

deny_http := {"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "*", "Condition": {"Bool": {"aws:SecureTransport": "false"}}}

test_policy_without_tls_deny_is_reported if {
	check.deny == {{"resource": "RecordsPolicy", "path": ["properties", "PolicyDocument"], "msg": "RecordsPolicy has no statement denying requests without TLS (aws:SecureTransport false)"}} with input as {"resources": [policy({"Statement": [allow_read]})]}
}

test_single_statement_object_is_read if {
	count(check.deny) == 1 with input as {"resources": [policy({"Statement": allow_read})]}
}

test_tls_deny_passes if {
	count(check.deny) == 0 with input as {"resources": [policy({"Statement": [allow_read, deny_http]})]}
	count(check.deny) == 0 with input as {"resources": [policy({"Statement": [object.union(deny_http, {"Condition": {"Bool": {"aws:SecureTransport": false}}})]})]}
}

test_unknown_document_is_not_a_violation if {
	count(check.deny) == 0 with input as {"resources": [policy({"__unknown__": "Fn::If X", "refs": ["X"]})]}
	count(check.deny) == 0 with input as {"resources": [policy({"Statement": [allow_read, {"__unknown__": "Fn::If X", "refs": ["X"]}]})]}
}

test_tls_version_deny_passes if {
	count(check.deny) == 0 with input as {"resources": [policy({"Statement": [allow_read, object.union(object.remove(deny_http, ["Condition"]), {"Condition": {"NumericLessThan": {"s3:TlsVersion": "1.2"}}})]})]}
}

test_undecided_deny_is_not_a_violation if {
	count(check.deny) == 0 with input as {"resources": [
		policy({"Statement": [allow_read, object.union(object.remove(deny_http, ["Condition"]), {"Condition": {"__unknown__": "Fn::If Strict", "refs": ["Strict"]}})]}),
		policy({"Statement": [allow_read, object.union(object.remove(deny_http, ["Condition"]), {"Condition": {"Bool": {"aws:SecureTransport": {"__unknown__": "Ref Secure", "refs": ["Secure"]}}}})]}),
	]}
}
