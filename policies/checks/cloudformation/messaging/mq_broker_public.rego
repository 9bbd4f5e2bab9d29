# METADATA
# title: Amazon MQ broker is publicly accessible
# description: >-
#   An AWS::AmazonMQ::Broker sets PubliclyAccessible to true (or "true"),
#   which gives the broker public endpoints (the ActiveMQ web console and
#   wire protocols, or the RabbitMQ management console and AMQP) that resolve
#   and answer on the internet: the queues, whose messages often carry
#   personal or health data, are then guarded by little more than the
#   broker's user credentials. Not reported: false, or a value that is not
#   known statically (a parameter without default). The property cannot be
#   changed without replacing the broker.
# related_resources:
#   - ref: https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/using-amazon-mq-securely.html#prefer-brokers-without-public-accessibility
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-amazonmq-broker.html
# custom:
#   id: EVD-CFN-050
#   severity: high
#   remediation: >-
#     Set PubliclyAccessible to false, place the broker in private subnets
#     (SubnetIds) with SecurityGroups that admit only the producers and
#     consumers, and reach its console through a VPN or bastion. The change
#     replaces the broker: plan the migration of its queues.
#   selector:
#     input: cloudformation
#     resources: [AWS::AmazonMQ::Broker]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(3)(i)", "164.308(a)(4)(ii)(C)", "164.312(e)(1)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: A message broker relaying ePHI that is reachable from the internet defeats access control and exposes the messages to unauthorised parties.
#     gdpr: Exposing the broker that carries personal data to the internet undermines the confidentiality of processing systems and data protection by default.
package evident.checks.cloudformation.mq_broker_public

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding

deny contains f if {
	some broker in cfn.resources("AWS::AmazonMQ::Broker")
	cfn.is_true(broker.properties.PubliclyAccessible)
	f := finding.at(broker, ["properties", "PubliclyAccessible"], finding.format("%s is publicly accessible from the internet", [broker.id]))
}
