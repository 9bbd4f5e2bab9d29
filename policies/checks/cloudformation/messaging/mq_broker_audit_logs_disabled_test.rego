package evident.checks.cloudformation.mq_broker_audit_logs_disabled_test

import data.evident.checks.cloudformation.mq_broker_audit_logs_disabled as check

broker(id, props) := {"id": id, "type": "AWS::AmazonMQ::Broker", "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

unknown := {"__unknown__": "Ref P", "refs": ["P"]}

active(logs) := {"EngineType": "ACTIVEMQ", "Logs": logs}

test_missing_and_false_audit if {
	check.deny == {
		{"resource": "A", "msg": "A has no Logs: ActiveMQ audit logs are not published"},
		{"resource": "B", "msg": "B has no Logs: ActiveMQ audit logs are not published"},
		{"resource": "C", "path": ["properties", "Logs"], "msg": "C Logs does not set Audit to true: ActiveMQ audit logs are not published"},
		{"resource": "D", "path": ["properties", "Logs"], "msg": "D Logs does not set Audit to true: ActiveMQ audit logs are not published"},
		{"resource": "E", "path": ["properties", "Logs", "Audit"], "msg": "E sets Logs.Audit to false: ActiveMQ audit logs are not published"},
		{"resource": "F", "path": ["properties", "Logs", "Audit"], "msg": "F sets Logs.Audit to false: ActiveMQ audit logs are not published"},
	} with input as {"resources": [
		broker("A", {"EngineType": "ACTIVEMQ"}),
		broker("B", {"EngineType": "ActiveMQ", "Logs": null}),
		broker("C", active({"General": true})),
		broker("D", active({"Audit": null})),
		broker("E", active({"Audit": false, "General": true})),
		broker("F", {"EngineType": "activemq", "Logs": {"Audit": "false"}}),
	]}
}

test_audit_rabbitmq_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [
		broker("A", active({"Audit": true})),
		broker("B", active({"Audit": "true", "General": false})),
		broker("C", {"EngineType": "RABBITMQ"}),
		broker("D", {"EngineType": "RABBITMQ", "Logs": {"General": true}}),
		broker("E", {"EngineType": unknown}),
		broker("F", active(unknown)),
		broker("G", active({"Audit": unknown})),
		broker("H", {}),
	]}
}
