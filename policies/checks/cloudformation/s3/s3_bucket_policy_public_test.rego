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
