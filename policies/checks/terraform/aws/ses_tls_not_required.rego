# METADATA
# title: SES configuration set lets mail go out without TLS
# description: >-
#   An aws_ses_configuration_set or aws_sesv2_configuration_set has no
#   delivery_options tls_policy, or sets it to Optional, the default. SES then
#   delivers the messages sent with the set in plain text whenever the
#   receiving mail server does not offer TLS, or an attacker on the path strips
#   its STARTTLS offer: appointment reminders, results notices and whatever
#   else the messages carry cross the internet readable. With Require, SES
#   delivers only over TLS and otherwise bounces the message. Not reported: a
#   policy from a variable.
# related_resources:
#   - ref: https://docs.aws.amazon.com/ses/latest/dg/security-protocols.html
#   - ref: https://docs.aws.amazon.com/ses/latest/APIReference/API_DeliveryOptions.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sesv2_configuration_set#tls_policy
# custom:
#   id: EVD-TF-287
#   severity: low
#   remediation: >-
#     Add delivery_options { tls_policy = "Require" } (aws_ses_configuration_set)
#     or delivery_options { tls_policy = "REQUIRE" } (aws_sesv2_configuration_set)
#     to the configuration sets that send personal or health data, and send
#     those messages with the set.
#   selector:
#     input: terraform
#     resources: [aws_ses_configuration_set, aws_sesv2_configuration_set]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: Email that carries ePHI must be protected in transmission; opportunistic TLS falls back to plain text.
#     gdpr: Encryption of personal data in transit is a measure Art. 32(1)(a) names; a fallback to plain text defeats it.
package evident.checks.terraform.ses_tls_not_required

import data.evident.lib.aws
import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

ses_types := ["aws_ses_configuration_set", "aws_sesv2_configuration_set"]

# unset_message: a set without a TLS policy, whether it has no delivery_options block or one
# without tls_policy.
unset_message := "%s sets no delivery_options tls_policy: SES delivers its messages in plain text when the receiving server offers no TLS (Optional, the default)"

deny contains f if {
	some type in ses_types
	some set in terraform.resources(type)
	count(terraform.blocks(set.config, "delivery_options")) == 0
	not terraform.dynamic(set.config, "delivery_options")
	f := finding.of(set, finding.format(unset_message, [set.id]))
}

deny contains f if {
	some type in ses_types
	some set in terraform.resources(type)
	some i, options in terraform.blocks(set.config, "delivery_options")
	values.absent_or_null(options, "tls_policy")
	f := finding.at(set, ["config", "delivery_options", i], finding.format(unset_message, [set.id]))
}

deny contains f if {
	some type in ses_types
	some set in terraform.resources(type)
	some i, options in terraform.blocks(set.config, "delivery_options")
	aws.ses_tls_optional(options.tls_policy)
	f := finding.at(set, ["config", "delivery_options", i, "tls_policy"], finding.format("%s sets tls_policy = \"%s\": SES delivers its messages in plain text when the receiving server offers no TLS", [set.id, options.tls_policy]))
}
