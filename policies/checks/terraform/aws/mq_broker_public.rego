# METADATA
# title: Amazon MQ broker is publicly accessible
# description: >-
#   An aws_mq_broker sets publicly_accessible = true, which gives the broker
#   public endpoints (the ActiveMQ web console and wire protocols, or the
#   RabbitMQ management console and AMQP) that resolve and answer on the
#   internet: the queues, whose messages often carry personal or health data,
#   are then guarded by little more than the broker's user credentials. Not
#   reported: false, absent (the default is false) or a value that is not
#   known statically. The setting cannot be changed after the broker is
#   created.
# related_resources:
#   - ref: https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/using-amazon-mq-securely.html#prefer-brokers-without-public-accessibility
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/mq_broker#publicly_accessible
# custom:
#   id: EVD-TF-183
#   severity: high
#   remediation: >-
#     Create the broker with publicly_accessible = false (the default) in
#     private subnets with a security group that admits only the producers and
#     consumers, and reach its console through a VPN or bastion. The setting
#     forces a new broker: plan the migration of its queues.
#   selector:
#     input: terraform
#     resources: [aws_mq_broker]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(3)(i)", "164.308(a)(4)(ii)(C)", "164.312(e)(1)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: A message broker relaying ePHI that is reachable from the internet defeats access control and exposes the messages to unauthorised parties.
#     gdpr: Exposing the broker that carries personal data to the internet undermines the confidentiality of processing systems and data protection by default.
package evident.checks.terraform.mq_broker_public

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some broker in terraform.resources("aws_mq_broker")
	values.is_true(broker.config, "publicly_accessible")
	f := finding.at(broker, ["config", "publicly_accessible"], finding.format("%s is publicly accessible from the internet", [broker.id]))
}
