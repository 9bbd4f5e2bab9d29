package evident.checks.cloudformation.queue_topic_policy_public_test

import data.evident.checks.cloudformation.queue_topic_policy_public as check

policy(id, type, statements) := {"id": id, "type": type, "properties": {"PolicyDocument": {"Statement": statements}}, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

unknown := {"__unknown__": "Fn::If Open", "refs": ["Open"]}

test_public_queue_and_topic_policies if {
	check.deny == {
		{"resource": "Q", "path": ["properties", "PolicyDocument"], "msg": "Q allows sqs:SendMessage to anyone (Principal \"*\" without a condition)"},
		{"resource": "T", "path": ["properties", "PolicyDocument"], "msg": "T allows sns:Subscribe, sns:Receive to anyone (Principal \"*\" without a condition)"},
	} with input as {"resources": [
		policy("Q", "AWS::SQS::QueuePolicy", [{"Effect": "Allow", "Principal": "*", "Action": "sqs:SendMessage", "Resource": "*"}]),
		policy("T", "AWS::SNS::TopicPolicy", {"Effect": "Allow", "Principal": {"AWS": ["*"]}, "Action": ["sns:Subscribe", "sns:Receive"]}),
	]}
}

test_conditioned_service_named_and_undecided_pass if {
	count(check.deny) == 0 with input as {"resources": [
		policy("A", "AWS::SQS::QueuePolicy", [{"Effect": "Allow", "Principal": "*", "Action": "sqs:SendMessage", "Condition": {"ArnEquals": {"aws:SourceArn": "arn:aws:sns:eu-west-1:123456789012:alerts"}}}]),
		policy("B", "AWS::SQS::QueuePolicy", [{"Effect": "Allow", "Principal": {"Service": "events.amazonaws.com"}, "Action": "sqs:SendMessage"}]),
		policy("C", "AWS::SNS::TopicPolicy", [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:root"}, "Action": "sns:Publish"}]),
		policy("D", "AWS::SNS::TopicPolicy", [unknown]),
		policy("E", "AWS::S3::BucketPolicy", [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject"}]),
	]}
}

# TLS restricts no one: a condition only on aws:SecureTransport leaves the
# statement public; one that adds aws:SourceArn restricts it.
test_condition_only_on_secure_transport if {
	check.deny == {{"resource": "Tls", "path": ["properties", "PolicyDocument"], "msg": "Tls allows sqs:SendMessage to anyone (Principal \"*\" conditioned only on aws:SecureTransport, which the client sets)"}} with input as {"resources": [
		policy("Tls", "AWS::SQS::QueuePolicy", [{"Effect": "Allow", "Principal": "*", "Action": "sqs:SendMessage", "Condition": {"Bool": {"aws:SecureTransport": "true"}}}]),
		policy("Bucket", "AWS::SQS::QueuePolicy", [{"Effect": "Allow", "Principal": "*", "Action": "sqs:SendMessage", "Condition": {"Bool": {"aws:SecureTransport": "true"}, "ArnEquals": {"aws:SourceArn": "arn:aws:s3:::uploads"}}}]),
		policy("Org", "AWS::SNS::TopicPolicy", [{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "sns:Publish", "Condition": {"Bool": {"aws:SecureTransport": "true"}, "StringEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}}}]),
	]}
}

string_policy(id, type, document) := {"id": id, "type": type, "properties": {"PolicyDocument": document}, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

# CloudFormation accepts a PolicyDocument written as a JSON string: it is read
# like an object. A string that is not valid JSON, one built at deploy time
# (!Sub with a parameter) and a restricted statement stay silent.
test_json_string_documents if {
	check.deny == {
		{"resource": "Q", "path": ["properties", "PolicyDocument"], "msg": "Q allows sqs:SendMessage to anyone (Principal \"*\" without a condition)"},
		{"resource": "T", "path": ["properties", "PolicyDocument"], "msg": "T allows sns:Subscribe, sns:Receive to anyone (Principal \"*\" without a condition)"},
	} with input as {"resources": [
		string_policy("Q", "AWS::SQS::QueuePolicy", `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"sqs:SendMessage","Resource":"*"}]}`),
		string_policy("T", "AWS::SNS::TopicPolicy", json.marshal({"Statement": {"Effect": "Allow", "Principal": {"AWS": ["*"]}, "Action": ["sns:Subscribe", "sns:Receive"]}})),
		string_policy("Source", "AWS::SQS::QueuePolicy", `{"Statement":[{"Effect":"Allow","Principal":"*","Action":"sqs:SendMessage","Condition":{"ArnEquals":{"aws:SourceArn":"arn:aws:sns:eu-west-1:123456789012:alerts"}}}]}`),
		string_policy("Service", "AWS::SNS::TopicPolicy", `{"Statement":[{"Effect":"Allow","Principal":{"Service":"events.amazonaws.com"},"Action":"sns:Publish"}]}`),
		string_policy("Broken", "AWS::SQS::QueuePolicy", `{"Statement":[{"Effect":"Allow","Principal":"*","Action":"sqs:SendMessage"}]`),
		string_policy("Built", "AWS::SNS::TopicPolicy", {"__unknown__": "Fn::Sub {\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"sns:Publish\",\"Resource\":\"${Topic}\"}]}", "refs": ["Topic"], "template": "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"sns:Publish\",\"Resource\":\"${Topic}\"}]}"}),
		string_policy("Empty", "AWS::SQS::QueuePolicy", ""),
	]}
}
