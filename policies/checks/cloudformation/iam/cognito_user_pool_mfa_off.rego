# METADATA
# title: Cognito user pool does not offer multi-factor authentication
# description: >-
#   An AWS::Cognito::UserPool has MfaConfiguration OFF or leaves it out (OFF is
#   the default): its users, often the patients or staff of the application the
#   pool signs in, cannot add a second factor, so a phished, reused or guessed
#   password is enough to take over an account and everything the application
#   shows it. OPTIONAL (each user may turn MFA on) and ON are accepted; a value
#   not known statically (a parameter without default, an undecidable Fn::If)
#   is not judged. Twin of EVD-TF-300.
# related_resources:
#   - ref: https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cognito-userpool.html
# custom:
#   id: EVD-CFN-128
#   severity: medium
#   remediation: >-
#     Set MfaConfiguration: "ON" (or "OPTIONAL" where not every user can have a
#     second factor) with EnabledMfas: [SOFTWARE_TOKEN_MFA] (or SMS or email
#     MFA).
#   selector:
#     input: cloudformation
#     resources: [AWS::Cognito::UserPool]
#   controls:
#     hipaa: ["164.312(d)", "164.308(a)(5)(ii)(D)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(1)"]
#   rationale:
#     hipaa: Person or entity authentication must verify that whoever signs in to reach ePHI is who they claim to be; a password alone is the weakest such verification.
#     gdpr: A second factor for the accounts that reach personal data is a state-of-the-art measure for the ongoing confidentiality of processing.
package evident.checks.cloudformation.cognito_user_pool_mfa_off

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

deny contains f if {
	some pool in cfn.resources("AWS::Cognito::UserPool")
	values.absent_or_null(pool.properties, "MfaConfiguration")
	f := finding.of(pool, finding.format("%s sets no MfaConfiguration (default OFF): its users cannot use a second factor", [pool.id]))
}

deny contains f if {
	some pool in cfn.resources("AWS::Cognito::UserPool")
	values.lower_text(pool.properties.MfaConfiguration) == "off"
	f := finding.at(pool, ["properties", "MfaConfiguration"], finding.format("%s sets MfaConfiguration OFF: its users cannot use a second factor", [pool.id]))
}
