# METADATA
# title: SNS subscription delivers messages over plain HTTP
# description: >-
#   An aws_sns_topic_subscription has protocol "http": SNS posts every message
#   of the topic, and the subscription confirmation, to the endpoint without
#   TLS, so whatever the topic carries (appointment reminders, results
#   notifications, claim events) crosses the internet in clear text and can be
#   read or altered on the way. The https protocol delivers the same messages
#   over TLS. A protocol from a variable is not judged.
# related_resources:
#   - ref: https://docs.aws.amazon.com/sns/latest/dg/sns-http-https-endpoint-as-subscriber.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sns_topic_subscription
# custom:
#   id: EVD-TF-306
#   severity: high
#   remediation: >-
#     Subscribe the endpoint with protocol = "https" and an https:// endpoint
#     URL (SNS checks the endpoint's certificate).
#   selector:
#     input: terraform
#     resources: [aws_sns_topic_subscription]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)", "164.312(e)(2)(i)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: Messages that carry ePHI must be protected in transmission, against disclosure and alteration.
#     gdpr: Encryption of personal data in transit is a measure Art. 32(1)(a) names.
package evident.checks.terraform.sns_subscription_plain_http

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some subscription in terraform.resources("aws_sns_topic_subscription")
	values.lower_text(subscription.config.protocol) == "http"
	f := finding.at(subscription, ["config", "protocol"], finding.format("%s delivers the topic's messages over plain HTTP (protocol = \"http\")", [subscription.id]))
}
