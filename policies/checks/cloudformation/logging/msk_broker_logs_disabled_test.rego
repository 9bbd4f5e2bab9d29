package evident.checks.cloudformation.msk_broker_logs_disabled_test

import data.evident.checks.cloudformation.msk_broker_logs_disabled as check

cluster(id, props) := {"id": id, "type": "AWS::MSK::Cluster", "properties": object.union({"BrokerNodeGroupInfo": {"InstanceType": "kafka.m5.large"}}, props), "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 30}

test_clusters_without_broker_logs_are_reported if {
	check.deny == {
		{"resource": "Claims", "msg": "Claims has no LoggingInfo: its broker logs are kept nowhere"},
		{"resource": "Audit", "path": ["properties", "LoggingInfo"], "msg": "Audit enables no broker log destination (CloudWatchLogs, Firehose or S3)"},
		{"resource": "Empty", "path": ["properties", "LoggingInfo"], "msg": "Empty enables no broker log destination (CloudWatchLogs, Firehose or S3)"},
	} with input as {"resources": [
		cluster("Claims", {}),
		cluster("Audit", {"LoggingInfo": {"BrokerLogs": {"CloudWatchLogs": {"Enabled": false}, "S3": {"Enabled": "false", "Bucket": "logs"}}}}),
		cluster("Empty", {"LoggingInfo": {"BrokerLogs": {}}}),
	]}
}

# A destination enabled or not known, LoggingInfo not known, Express brokers.
test_logging_clusters_pass if {
	count(check.deny) == 0 with input as {"resources": [
		cluster("A", {"LoggingInfo": {"BrokerLogs": {"CloudWatchLogs": {"Enabled": true, "LogGroup": "/aws/msk/a"}}}}),
		cluster("B", {"LoggingInfo": {"BrokerLogs": {"S3": {"Enabled": {"__unknown__": "Ref Logs", "refs": ["Logs"]}, "Bucket": "logs"}}}}),
		cluster("C", {"LoggingInfo": {"__unknown__": "Fn::If", "refs": []}}),
		cluster("D", {"LoggingInfo": {"BrokerLogs": {"Firehose": {"__unknown__": "Fn::If", "refs": []}}}}),
		cluster("E", {"BrokerNodeGroupInfo": {"InstanceType": "express.m7g.large"}}),
	]}
}
