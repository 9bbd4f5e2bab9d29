# METADATA
# title: Amazon MQ ActiveMQ broker does not publish audit logs
# description: >-
#   An AWS::AmazonMQ::Broker with EngineType ACTIVEMQ (in any case) has no
#   Logs, or Logs whose Audit is absent or false (or "false"; the default is
#   false). The ActiveMQ audit log records the management actions taken
#   through the web console or JMX, and by whom (destinations, users and
#   connections created, changed or deleted): without it, changes to where
#   messages with personal or health data go cannot be traced. Only the audit
#   log is required: the general log (Logs.General) records the broker's
#   operation (connections, errors), not who administered it, and is left to
#   the operator. Not reported: RabbitMQ brokers (Amazon MQ has no audit log
#   for them, only general), and an EngineType, Logs or Audit value that is
#   not known statically (a parameter without default, an undecidable Fn::If).
# related_resources:
#   - ref: https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/configure-logging-monitoring-activemq.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-amazonmq-broker-logslist.html
# custom:
#   id: EVD-CFN-068
#   severity: medium
#   remediation: >-
#     Set Logs with Audit true on the broker (Amazon MQ then publishes to the
#     /aws/amazonmq/broker/<id>/audit log group), allow Amazon MQ to write to
#     CloudWatch Logs with an AWS::Logs::ResourcePolicy, and give the log
#     group a retention and a KMS key.
#   selector:
#     input: cloudformation
#     resources: [AWS::AmazonMQ::Broker]
#   controls:
#     hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#     gdpr: ["Art.30(1)", "Art.5(2)"]
#   rationale:
#     hipaa: A record of who administered the broker that relays ePHI supports audit controls and information system activity review.
#     gdpr: A record of changes to the broker that carries personal data helps the controller demonstrate accountability for processing.
package evident.checks.cloudformation.mq_broker_audit_logs_disabled

import data.evident.lib.cloudformation as cfn

deny contains f if {
	some broker in activemq_brokers
	f := cfn.flag_off(broker, "Logs", "Audit", {
		"absent": "%s has no Logs: ActiveMQ audit logs are not published",
		"unset": "%s Logs does not set Audit to true: ActiveMQ audit logs are not published",
		"false": "%s sets Logs.Audit to false: ActiveMQ audit logs are not published",
	})
}

activemq_brokers := [broker |
	some broker in cfn.resources("AWS::AmazonMQ::Broker")
	is_string(broker.properties.EngineType)
	lower(broker.properties.EngineType) == "activemq"
]
