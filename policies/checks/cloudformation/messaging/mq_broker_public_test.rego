package evident.checks.cloudformation.mq_broker_public_test

import data.evident.checks.cloudformation.mq_broker_public as check

broker(id, props) := {"id": id, "type": "AWS::AmazonMQ::Broker", "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

test_public_broker_is_reported if {
	check.deny == {
		{"resource": "Orders", "path": ["properties", "PubliclyAccessible"], "msg": "Orders is publicly accessible from the internet"},
		{"resource": "Events", "path": ["properties", "PubliclyAccessible"], "msg": "Events is publicly accessible from the internet"},
	} with input as {"resources": [
		broker("Orders", {"EngineType": "ACTIVEMQ", "PubliclyAccessible": true}),
		broker("Events", {"EngineType": "RABBITMQ", "PubliclyAccessible": "true"}),
	]}
}

test_private_absent_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [
		broker("A", {"PubliclyAccessible": false}),
		broker("B", {"PubliclyAccessible": "false"}),
		broker("C", {}),
		broker("D", {"PubliclyAccessible": {"__unknown__": "Ref Public", "refs": ["Public"]}}),
	]}
}
