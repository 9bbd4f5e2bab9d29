# METADATA
# title: MSK cluster sends its broker logs nowhere
# description: >-
#   An AWS::MSK::Cluster has no LoggingInfo, or one whose BrokerLogs enable
#   none of CloudWatchLogs, Firehose and S3. The brokers' own logs (client
#   connections, authentication and authorization failures, errors) are then
#   kept nowhere, so who connected to the topics that carry personal or health
#   data, and who was refused, cannot be reviewed. Express brokers (instance
#   types express.*), which do not produce broker logs, and values the
#   template does not know are not reported.
# related_resources:
#   - ref: https://docs.aws.amazon.com/msk/latest/developerguide/msk-logging.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-msk-cluster-logginginfo.html
# custom:
#   id: EVD-CFN-103
#   severity: medium
#   remediation: >-
#     Add LoggingInfo.BrokerLogs.CloudWatchLogs (Enabled: true, LogGroup), or
#     deliver to S3 or Firehose, and keep the logs as long as your audit
#     policy requires.
#   selector:
#     input: cloudformation
#     resources: [AWS::MSK::Cluster]
#   controls:
#     hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#     gdpr: ["Art.30(1)", "Art.5(2)"]
#   rationale:
#     hipaa: Broker logs record access to the streams that carry ePHI, which audit controls and activity review require.
#     gdpr: Records of who connected to the streams of personal data help demonstrate that access is controlled.
package evident.checks.cloudformation.msk_broker_logs_disabled

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

deny contains f if {
	some cluster in cfn.resources("AWS::MSK::Cluster")
	not express(cluster)
	values.absent_or_null(cluster.properties, "LoggingInfo")
	f := finding.of(cluster, finding.format("%s has no LoggingInfo: its broker logs are kept nowhere", [cluster.id]))
}

deny contains f if {
	some cluster in cfn.resources("AWS::MSK::Cluster")
	not express(cluster)
	info := cluster.properties.LoggingInfo
	values.known_object(info)
	logs := info.BrokerLogs
	values.known_object(logs)
	not may_deliver(logs)
	f := finding.at(cluster, ["properties", "LoggingInfo"], finding.format("%s enables no broker log destination (CloudWatchLogs, Firehose or S3)", [cluster.id]))
}

# may_deliver(logs): some destination is enabled, or may be (not known here).
may_deliver(logs) if {
	some destination in ["CloudWatchLogs", "Firehose", "S3"]
	target := logs[destination]
	not values.known_object(target)
}

may_deliver(logs) if {
	some destination in ["CloudWatchLogs", "Firehose", "S3"]
	not cfn.is_false(object.get(logs[destination], "Enabled", false))
}

express(cluster) if startswith(cluster.properties.BrokerNodeGroupInfo.InstanceType, "express")
