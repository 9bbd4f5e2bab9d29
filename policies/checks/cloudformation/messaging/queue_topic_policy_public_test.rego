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
