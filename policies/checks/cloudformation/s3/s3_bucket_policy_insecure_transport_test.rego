package evident.checks.cloudformation.s3_bucket_policy_insecure_transport_test

import data.evident.checks.cloudformation.s3_bucket_policy_insecure_transport as check

policy(document) := {"id": "RecordsPolicy", "type": "AWS::S3::BucketPolicy", "properties": {"Bucket": "records", "PolicyDocument": document}, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

allow_read := {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:role/app"}, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::records/*"}

deny_http := {"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "*", "Condition": {"Bool": {"aws:SecureTransport": "false"}}}

test_policy_without_tls_deny_is_reported if {
	check.deny == {{"resource": "RecordsPolicy", "path": ["properties", "PolicyDocument"], "msg": "RecordsPolicy has no statement denying requests without TLS (aws:SecureTransport false)"}} with input as {"resources": [policy({"Statement": [allow_read]})]}
}

test_single_statement_object_is_read if {
	check.deny == {{"resource": "RecordsPolicy", "path": ["properties", "PolicyDocument"], "msg": "RecordsPolicy has no statement denying requests without TLS (aws:SecureTransport false)"}} with input as {"resources": [policy({"Statement": allow_read})]}
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

named(id, document) := object.union(policy(document), {"id": id})

# CloudFormation accepts a PolicyDocument written as a JSON string: it is read
# like an object. A string that is not a valid JSON object, or one built at
# deploy time (!Sub with a parameter), is not read.
test_json_string_documents if {
	check.deny == {
		{"resource": "Open", "path": ["properties", "PolicyDocument"], "msg": "Open has no statement denying requests without TLS (aws:SecureTransport false)"},
		{"resource": "Single", "path": ["properties", "PolicyDocument"], "msg": "Single has no statement denying requests without TLS (aws:SecureTransport false)"},
	} with input as {"resources": [
		named("Open", `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:role/app"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::records/*"}]}`),
		named("Single", json.marshal({"Statement": allow_read})),
		named("Tls", json.marshal({"Statement": [allow_read, deny_http]})),
		named("TlsBool", `{"Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"*","Condition":{"Bool":{"aws:SecureTransport":false}}}]}`),
		named("Broken", `{"Statement":[{"Effect":"Allow","Action":"s3:GetObject"}]`),
		named("Built", {"__unknown__": "Fn::Sub {\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"${Reader}\"},\"Action\":\"s3:GetObject\"}]}", "refs": ["Reader"], "template": "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"${Reader}\"},\"Action\":\"s3:GetObject\"}]}"}),
		named("Empty", ""),
		named("List", "[]"),
	]}
}
