# METADATA
# title: SES configuration set lets mail go out without TLS
# description: >-
#   An AWS::SES::ConfigurationSet has no DeliveryOptions TlsPolicy, or sets it
#   to OPTIONAL, the default. SES then delivers the messages sent with the set
#   in plain text whenever the receiving mail server does not offer TLS, or an
#   attacker on the path strips its STARTTLS offer: appointment reminders,
#   results notices and whatever else the messages carry cross the internet
#   readable. With REQUIRE, SES delivers only over TLS and otherwise bounces
#   the message. Not reported: a policy from a parameter without a default or
#   a condition.
# related_resources:
#   - ref: https://docs.aws.amazon.com/ses/latest/dg/security-protocols.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ses-configurationset-deliveryoptions.html
# custom:
#   id: EVD-CFN-124
#   severity: low
#   remediation: >-
#     Add DeliveryOptions TlsPolicy: REQUIRE to the configuration sets that send
#     personal or health data, and send those messages with the set.
#   selector:
#     input: cloudformation
#     resources: [AWS::SES::ConfigurationSet]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: Email that carries ePHI must be protected in transmission; opportunistic TLS falls back to plain text.
#     gdpr: Encryption of personal data in transit is a measure Art. 32(1)(a) names; a fallback to plain text defeats it.
package evident.checks.cloudformation.ses_tls_not_required

import data.evident.lib.aws
import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

# unset_message: a set without a TLS policy, whether it has no DeliveryOptions or options
# without TlsPolicy.
unset_message := "%s sets no DeliveryOptions TlsPolicy: SES delivers its messages in plain text when the receiving server offers no TLS (OPTIONAL, the default)"

deny contains f if {
	some set in cfn.resources("AWS::SES::ConfigurationSet")
	values.absent_or_null(set.properties, "DeliveryOptions")
	f := finding.of(set, finding.format(unset_message, [set.id]))
}

deny contains f if {
	some set in cfn.resources("AWS::SES::ConfigurationSet")
	options := set.properties.DeliveryOptions
	values.known_object(options)
	values.absent_or_null(options, "TlsPolicy")
	f := finding.at(set, ["properties", "DeliveryOptions"], finding.format(unset_message, [set.id]))
}

deny contains f if {
	some set in cfn.resources("AWS::SES::ConfigurationSet")
	aws.ses_tls_optional(set.properties.DeliveryOptions.TlsPolicy)
	f := finding.at(set, ["properties", "DeliveryOptions", "TlsPolicy"], finding.format("%s sets TlsPolicy: %s: SES delivers its messages in plain text when the receiving server offers no TLS", [set.id, set.properties.DeliveryOptions.TlsPolicy]))
}
