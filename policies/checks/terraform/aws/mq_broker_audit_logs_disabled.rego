# METADATA
# title: Amazon MQ ActiveMQ broker does not publish audit logs
# description: >-
#   An aws_mq_broker with engine_type "ActiveMQ" (in any case) has no logs
#   block, or a logs block whose audit argument is absent or false (the
#   default is false). The ActiveMQ audit log records the management actions
#   taken through the web console or JMX, and by whom (destinations, users
#   and connections created, changed or deleted): without it, changes to
#   where messages with personal or health data go cannot be traced. Only the audit log is required: the general log
#   (logs.general) records the broker's operation (connections, errors), not
#   who administered it, and is left to the operator. Not reported: RabbitMQ
#   brokers (Amazon MQ has no audit log for them, only general), an engine
#   type or audit value that is not known statically, and a dynamic logs
#   block.
# related_resources:
#   - ref: https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/configure-logging-monitoring-activemq.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/mq_broker#audit
# custom:
#   id: EVD-TF-184
#   severity: medium
#   remediation: >-
#     Add logs { audit = true } to the broker (Amazon MQ then publishes to the
#     /aws/amazonmq/broker/<id>/audit log group), allow Amazon MQ to write to
#     CloudWatch Logs with an aws_cloudwatch_log_resource_policy, and give the
#     log group a retention and a KMS key.
#   selector:
#     input: terraform
#     resources: [aws_mq_broker]
#   controls:
#     hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#     gdpr: ["Art.30(1)", "Art.5(2)"]
#   rationale:
#     hipaa: A record of who administered the broker that relays ePHI supports audit controls and information system activity review.
#     gdpr: A record of changes to the broker that carries personal data helps the controller demonstrate accountability for processing.
package evident.checks.terraform.mq_broker_audit_logs_disabled

import data.evident.lib.finding
import data.evident.lib.terraform

deny contains f if {
	some broker in activemq_brokers
	not terraform.has_block(broker.config, "logs")
	f := finding.of(broker, finding.format("%s has no logs block: ActiveMQ audit logs are not published", [broker.id]))
}

# Every literal logs block (the provider allows one), not only the first as
# terraform.block_missing_or_off() does.
deny contains f if {
	some broker in activemq_brokers
	some i, _ in terraform.blocks(broker.config, "logs")
	f := terraform.block_item_off(
		broker, "logs", i, "audit",
		"%s logs block does not set audit = true: ActiveMQ audit logs are not published",
		"%s sets logs audit = false: ActiveMQ audit logs are not published",
	)
}

activemq_brokers := [broker |
	some broker in terraform.resources("aws_mq_broker")
	is_string(broker.config.engine_type)
	lower(broker.config.engine_type) == "activemq"
]
