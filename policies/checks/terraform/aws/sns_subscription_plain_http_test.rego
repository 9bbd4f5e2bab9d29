package evident.checks.terraform.sns_subscription_plain_http_test

import data.evident.checks.terraform.sns_subscription_plain_http as check

subscription(name, config) := {
	"id": concat(".", ["aws_sns_topic_subscription", name]), "mode": "managed", "type": "aws_sns_topic_subscription", "name": name,
	"file": "notifications.tf", "startLine": 1, "endLine": 9, "config": config,
}

test_plain_http_subscriptions_are_reported if {
	check.deny == {
		{"resource": "aws_sns_topic_subscription.partner", "path": ["config", "protocol"], "msg": "aws_sns_topic_subscription.partner delivers the topic's messages over plain HTTP (protocol = \"http\")"},
		{"resource": "aws_sns_topic_subscription.upper", "path": ["config", "protocol"], "msg": "aws_sns_topic_subscription.upper delivers the topic's messages over plain HTTP (protocol = \"http\")"},
	} with input as {"type": "terraform", "resources": [
		subscription("partner", {"topic_arn": "arn:aws:sns:eu-central-1:123456789012:results", "protocol": "http", "endpoint": "http://partner.example.org/sns"}),
		subscription("upper", {"topic_arn": "arn:aws:sns:eu-central-1:123456789012:results", "protocol": "HTTP", "endpoint": "http://partner.example.org/sns"}),
	]}
}

test_other_protocols_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		subscription("https", {"protocol": "https", "endpoint": "https://partner.example.org/sns"}),
		subscription("queue", {"protocol": "sqs", "endpoint": "arn:aws:sqs:eu-central-1:123456789012:results"}),
		subscription("variable", {"protocol": {"__unknown__": "var.protocol", "refs": ["var.protocol"]}, "endpoint": "x"}),
	]}
}
