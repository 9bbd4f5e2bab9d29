package evident.checks.cloudformation.s3_bucket_policy_public_test

import data.evident.checks.cloudformation.s3_bucket_policy_public as check

policy(id, statements) := {"id": id, "type": "AWS::S3::BucketPolicy", "properties": {"Bucket": "records", "PolicyDocument": {"Version": "2012-10-17", "Statement": statements}}, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

unknown := {"__unknown__": "Fn::If Public", "refs": ["Public"]}

test_public_principals if {
	check.deny == {
		{"resource": "A", "path": ["properties", "PolicyDocument"], "msg": "A allows s3:GetObject to anyone (Principal \"*\" without a condition)"},
		{"resource": "B", "path": ["properties", "PolicyDocument"], "msg": "B allows s3:GetObject, s3:ListBucket to anyone (Principal \"*\" without a condition)"},
		{"resource": "C", "path": ["properties", "PolicyDocument"], "msg": "C allows s3:* to anyone (Principal \"*\" without a condition)"},
		{"resource": "D", "path": ["properties", "PolicyDocument"], "msg": "D allows s3:GetObject to anyone (Principal \"*\" conditioned only on aws:Referer, which the client sets)"},
	} with input as {"resources": [
		policy("A", [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::records/*"}]),
		policy("B", {"Effect": "Allow", "Principal": {"AWS": ["*"]}, "Action": ["s3:GetObject", "s3:ListBucket"]}),
		policy("C", [{"Effect": "Deny", "Principal": "*", "Action": "s3:DeleteObject"}, {"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "s3:*"}]),
		policy("D", [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Condition": {"StringLike": {"aws:Referer": ["https://www.example.com/*"]}}}]),
	]}
}

test_named_conditioned_denied_and_undecided_pass if {
	count(check.deny) == 0 with input as {"resources": [
		policy("A", [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:root"}, "Action": "s3:GetObject"}]),
		policy("B", [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Condition": {"StringEquals": {"aws:SourceVpce": "vpce-1"}}}]),
		policy("C", [{"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Condition": {"Bool": {"aws:SecureTransport": "false"}}}]),
		policy("D", [unknown]),
		policy("E", [{"Effect": "Allow", "Principal": {"Service": "cloudfront.amazonaws.com"}, "Action": "s3:GetObject"}]),
		{"id": "F", "type": "AWS::S3::BucketPolicy", "properties": {"Bucket": "x", "PolicyDocument": unknown}, "dependsOn": [], "file": "t.yaml", "startLine": 1, "endLine": 2},
		policy("G", [{"Effect": "Allow", "Principal": unknown, "Action": "s3:GetObject"}]),
		policy("H", [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Condition": {"StringLike": {"aws:Referer": "https://www.example.com/*"}, "IpAddress": {"aws:SourceIp": "203.0.113.0/24"}}}]),
	]}
}

# TLS restricts no one: a condition only on aws:SecureTransport (or other keys
# the client sets) leaves the statement public; one that adds a key naming
# where the request comes from restricts it.
test_condition_only_on_secure_transport if {
	check.deny == {
		{"resource": "Tls", "path": ["properties", "PolicyDocument"], "msg": "Tls allows s3:GetObject to anyone (Principal \"*\" conditioned only on aws:SecureTransport, which the client sets)"},
		{"resource": "Put", "path": ["properties", "PolicyDocument"], "msg": "Put allows s3:PutObject to anyone (Principal \"*\" conditioned only on s3:TlsVersion, s3:x-amz-server-side-encryption-aws-kms-key-id, which the client sets)"},
	} with input as {"resources": [
		policy("Tls", [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Condition": {"Bool": {"aws:SecureTransport": true}}}]),
		policy("Put", [{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "s3:PutObject", "Condition": {"NumericGreaterThanEquals": {"s3:TlsVersion": "1.2"}, "StringEquals": {"s3:x-amz-server-side-encryption-aws-kms-key-id": "arn:aws:kms:eu-west-1:123456789012:key/k"}}}]),
		policy("Vpce", [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Condition": {"Bool": {"aws:SecureTransport": "true"}, "StringEquals": {"aws:SourceVpce": "vpce-1"}}}]),
		policy("Org", [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Condition": {"Bool": {"aws:SecureTransport": "true"}, "StringEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}}}]),
		policy("Account", [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Condition": {"StringEquals": {"aws:SecureTransport": "true", "aws:SourceAccount": "123456789012"}}}]),
	]}
}

string_policy(id, document) := {"id": id, "type": "AWS::S3::BucketPolicy", "properties": {"Bucket": "records", "PolicyDocument": document}, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

# CloudFormation accepts a PolicyDocument written as a JSON string: it is read
# like an object. A string that is not valid JSON, one built at deploy time
# (!Sub with a parameter) and a restricted statement stay silent.
test_json_string_documents if {
	check.deny == {
		{"resource": "Public", "path": ["properties", "PolicyDocument"], "msg": "Public allows s3:GetObject to anyone (Principal \"*\" without a condition)"},
		{"resource": "Referer", "path": ["properties", "PolicyDocument"], "msg": "Referer allows s3:GetObject, s3:ListBucket to anyone (Principal \"*\" conditioned only on aws:Referer, which the client sets)"},
	} with input as {"resources": [
		string_policy("Public", `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::records/*"}]}`),
		string_policy("Referer", json.marshal({"Statement": {"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": ["s3:GetObject", "s3:ListBucket"], "Condition": {"StringLike": {"aws:Referer": "https://www.example.com/*"}}}})),
		string_policy("Vpce", `{"Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Condition":{"StringEquals":{"aws:SourceVpce":"vpce-1"}}}]}`),
		string_policy("Named", `{"Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"s3:GetObject"}]}`),
		string_policy("Broken", `{"Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject"}]`),
		string_policy("Built", {"__unknown__": "Fn::Sub {\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\",\"Resource\":\"${Target}\"}]}", "refs": ["Target"], "template": "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\",\"Resource\":\"${Target}\"}]}"}),
		string_policy("Empty", ""),
		string_policy("List", "[]"),
	]}
}
