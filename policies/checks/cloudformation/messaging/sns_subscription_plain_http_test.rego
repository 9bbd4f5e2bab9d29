package evident.checks.cloudformation.sns_subscription_plain_http_test

import data.evident.checks.cloudformation.sns_subscription_plain_http as check

resource(id, type, props) := {"id": id, "type": type, "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

test_plain_http_subscriptions_are_reported if {
	check.deny == {
		{"resource": "PartnerSubscription", "path": ["properties", "Protocol"], "msg": "PartnerSubscription delivers the topic's messages over plain HTTP (Protocol http)"},
		{"resource": "Results", "path": ["properties", "Subscription", 1, "Protocol"], "msg": "Results delivers its messages to subscriber 2 over plain HTTP (Protocol http)"},
	} with input as {"resources": [
		resource("PartnerSubscription", "AWS::SNS::Subscription", {"TopicArn": "arn:aws:sns:eu-central-1:123456789012:results", "Protocol": "http", "Endpoint": "http://partner.test/sns"}),
		resource("Results", "AWS::SNS::Topic", {"Subscription": [{"Protocol": "https", "Endpoint": "https://a.test/sns"}, {"Protocol": "http", "Endpoint": "http://b.test/sns"}]}),
	]}
}

test_other_protocols_pass if {
	count(check.deny) == 0 with input as {"resources": [
		resource("Https", "AWS::SNS::Subscription", {"Protocol": "https", "Endpoint": "https://partner.test/sns"}),
		resource("Queue", "AWS::SNS::Subscription", {"Protocol": "sqs", "Endpoint": "arn:aws:sqs:eu-central-1:123456789012:q"}),
		resource("FromParameter", "AWS::SNS::Subscription", {"Protocol": {"__unknown__": "Ref Protocol", "refs": ["Protocol"]}, "Endpoint": "x"}),
		resource("Topic", "AWS::SNS::Topic", {"Subscription": [{"Protocol": "lambda", "Endpoint": "arn:aws:lambda:eu-central-1:123456789012:function:f"}]}),
		resource("UnknownList", "AWS::SNS::Topic", {"Subscription": {"__unknown__": "Ref Subs", "refs": ["Subs"]}}),
	]}
}
