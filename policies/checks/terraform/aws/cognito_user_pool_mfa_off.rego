# METADATA
# title: Cognito user pool does not offer multi-factor authentication
# description: >-
#   An aws_cognito_user_pool has mfa_configuration "OFF" or leaves it out (OFF
#   is the default): its users, often the patients or staff of the application
#   the pool signs in, cannot add a second factor, so a phished, reused or
#   guessed password is enough to take over an account and everything the
#   application shows it. OPTIONAL (each user may turn MFA on) and ON are
#   accepted; a value from a variable is not judged.
# related_resources:
#   - ref: https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cognito_user_pool
# custom:
#   id: EVD-TF-300
#   severity: medium
#   remediation: >-
#     Set mfa_configuration = "ON" (or "OPTIONAL" where not every user can have a
#     second factor) with software_token_mfa_configuration { enabled = true }
#     (or sms_configuration, or email MFA).
#   selector:
#     input: terraform
#     resources: [aws_cognito_user_pool]
#   controls:
#     hipaa: ["164.312(d)", "164.308(a)(5)(ii)(D)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(1)"]
#   rationale:
#     hipaa: Person or entity authentication must verify that whoever signs in to reach ePHI is who they claim to be; a password alone is the weakest such verification.
#     gdpr: A second factor for the accounts that reach personal data is a state-of-the-art measure for the ongoing confidentiality of processing.
package evident.checks.terraform.cognito_user_pool_mfa_off

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some pool in terraform.resources("aws_cognito_user_pool")
	values.absent_or_null(pool.config, "mfa_configuration")
	f := finding.of(pool, finding.format("%s sets no mfa_configuration (default OFF): its users cannot use a second factor", [pool.id]))
}

deny contains f if {
	some pool in terraform.resources("aws_cognito_user_pool")
	values.lower_text(pool.config.mfa_configuration) == "off"
	f := finding.at(pool, ["config", "mfa_configuration"], finding.format("%s sets mfa_configuration = \"OFF\": its users cannot use a second factor", [pool.id]))
}
