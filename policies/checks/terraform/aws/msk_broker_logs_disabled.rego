# METADATA
# title: MSK cluster sends its broker logs nowhere
# description: >-
#   An aws_msk_cluster has no logging_info block, or one whose broker_logs
#   enable none of CloudWatch Logs, Firehose and S3. The brokers' own logs
#   (client connections, authentication and authorization failures, errors)
#   are then kept nowhere, so who connected to the topics that carry personal
#   or health data, and who was refused, cannot be reviewed. Express brokers
#   (instance types express.*), which do not produce broker logs, and values
#   the module does not know are not reported.
# related_resources:
#   - ref: https://docs.aws.amazon.com/msk/latest/developerguide/msk-logging.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/msk_cluster#logging_info-argument-reference
# custom:
#   id: EVD-TF-244
#   severity: medium
#   remediation: >-
#     Add logging_info { broker_logs { cloudwatch_logs { enabled = true,
#     log_group = aws_cloudwatch_log_group.msk.name } } } (or deliver to S3 or
#     Firehose), and keep the logs as long as your audit policy requires.
#   selector:
#     input: terraform
#     resources: [aws_msk_cluster]
#   controls:
#     hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#     gdpr: ["Art.30(1)", "Art.5(2)"]
#   rationale:
#     hipaa: Broker logs record access to the streams that carry ePHI, which audit controls and activity review require.
#     gdpr: Records of who connected to the streams of personal data help demonstrate that access is controlled.
package evident.checks.terraform.msk_broker_logs_disabled

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

destinations := ["cloudwatch_logs", "firehose", "s3"]

deny contains f if {
	some cluster in terraform.resources("aws_msk_cluster")
	not express(cluster)
	not terraform.has_block(cluster.config, "logging_info")
	f := finding.of(cluster, finding.format("%s has no logging_info: its broker logs are kept nowhere", [cluster.id]))
}

deny contains f if {
	some cluster in terraform.resources("aws_msk_cluster")
	not express(cluster)
	some i, info in terraform.blocks(cluster.config, "logging_info")
	not may_deliver(info)
	f := finding.at(cluster, array.concat(["config"], terraform.block_path(cluster.config, "logging_info", i)), finding.format("%s enables no broker log destination (CloudWatch Logs, Firehose or S3)", [cluster.id]))
}

# may_deliver(info): some destination is enabled, or may be (a value or a block not known here).
may_deliver(info) if terraform.has_block(info, "dynamic")

may_deliver(info) if {
	some logs in terraform.blocks(info, "broker_logs")
	some destination in destinations
	some target in terraform.blocks(logs, destination)
	not values.false_value(object.get(target, "enabled", false))
}

may_deliver(info) if {
	some logs in terraform.blocks(info, "broker_logs")
	some destination in destinations
	logs.dynamic[destination]
}

may_deliver(info) if info.dynamic.broker_logs

express(cluster) if {
	some group in terraform.blocks(cluster.config, "broker_node_group_info")
	startswith(group.instance_type, "express")
}
