# METADATA
# title: SNS subscription delivers messages over plain HTTP
# description: >-
#   An AWS::SNS::Subscription, or a subscription listed in an AWS::SNS::Topic's
#   Subscription property, has Protocol http: SNS posts every message of the
#   topic, and the subscription confirmation, to the endpoint without TLS, so
#   whatever the topic carries crosses the internet in clear text and can be
#   read or altered on the way. The https protocol delivers the same messages
#   over TLS. A protocol not known statically is not judged. Twin of
#   EVD-TF-306.
# related_resources:
#   - ref: https://docs.aws.amazon.com/sns/latest/dg/sns-http-https-endpoint-as-subscriber.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-sns-subscription.html
# custom:
#   id: EVD-CFN-132
#   severity: high
#   remediation: >-
#     Subscribe the endpoint with Protocol https and an https:// Endpoint (SNS
#     checks the endpoint's certificate).
#   selector:
#     input: cloudformation
#     resources: [AWS::SNS::Subscription, AWS::SNS::Topic]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)", "164.312(e)(2)(i)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: Messages that carry ePHI must be protected in transmission, against disclosure and alteration.
#     gdpr: Encryption of personal data in transit is a measure Art. 32(1)(a) names.
package evident.checks.cloudformation.sns_subscription_plain_http

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

deny contains f if {
	some subscription in cfn.resources("AWS::SNS::Subscription")
	values.lower_text(subscription.properties.Protocol) == "http"
	f := finding.at(subscription, ["properties", "Protocol"], finding.format("%s delivers the topic's messages over plain HTTP (Protocol http)", [subscription.id]))
}

deny contains f if {
	some topic in cfn.resources("AWS::SNS::Topic")
	subscriptions := topic.properties.Subscription
	is_array(subscriptions)
	some i, subscription in subscriptions
	values.lower_text(subscription.Protocol) == "http"
	f := finding.at(topic, ["properties", "Subscription", i, "Protocol"], finding.format("%s delivers its messages to subscriber %d over plain HTTP (Protocol http)", [topic.id, i + 1]))
}
