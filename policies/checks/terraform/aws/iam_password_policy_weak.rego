# METADATA
# title: IAM account password policy allows short or reused passwords
# description: >-
#   An aws_iam_account_password_policy lets IAM users choose passwords shorter
#   than 14 characters or set a recent password again. One finding per weak
#   setting, at the argument when it is set and at the resource when it is not.
#   minimum_password_length: below 14 (the CIS AWS Foundations benchmark's
#   minimum), or not set, which gives the provider's schema default of 6
#   characters (also the UpdateAccountPasswordPolicy default; the provider does
#   not send 0, so 0 means 6 as well). password_reuse_prevention: below 24
#   (CIS; the most AWS remembers), or 0 or not set, which leaves AWS's default
#   of 0: any previous password may be used again. IAM does not screen
#   passwords against breached-password lists, so the reuse history is what
#   stops a user from going back to a password that was reset after a suspected
#   compromise. Deliberately not reported, following NIST SP 800-63B, which
#   rests password strength on length and screening and says verifiers shall
#   not impose composition rules nor require periodic changes (Revision 4;
#   "should not" in Revision 3) because both push users to predictable
#   patterns such as Password1! or Summer2025!: require_lowercase_characters,
#   require_uppercase_characters, require_numbers and require_symbols unset or
#   false, max_password_age unset or of any length, and hard_expiry. Nor is
#   allow_users_to_change_password = false (administrators then reset
#   passwords; length and reuse rules still apply). A module that creates IAM
#   users or console passwords (aws_iam_user, aws_iam_user_login_profile)
#   without any password policy is not reported: the policy is one setting of
#   the whole account, usually managed once in an account baseline or
#   landing-zone configuration that the module does not see, and an account
#   without a custom policy still applies AWS's default one (at least 8
#   characters from three character types). The policy governs neither the
#   root user's password nor IAM Identity Center users. Values that are not
#   known statically (a variable without a default, a module output) are not
#   reported; a number written as a string ("8") is read as the number. The
#   iam-account submodule of terraform-aws-modules/iam is not modelled, so a
#   policy it creates is not seen.
# related_resources:
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_account_password_policy
#   - ref: https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateAccountPasswordPolicy.html
#   - ref: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html
#   - ref: https://pages.nist.gov/800-63-4/sp800-63b.html
# custom:
#   id: EVD-TF-207
#   severity: low
#   remediation: >-
#     Set minimum_password_length to at least 14 (15 or more where a password
#     is the only factor, as NIST SP 800-63B asks) and password_reuse_prevention
#     to 24, and require MFA for every IAM user with a console password, or
#     replace IAM users by federated access through IAM Identity Center.
#   selector:
#     input: terraform
#     resources: [aws_iam_account_password_policy]
#   controls:
#     hipaa: ["164.308(a)(5)(ii)(D)", "164.312(d)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: Password management procedures and person authentication rest on passwords that are long enough and cannot be put back after a compromise.
#     gdpr: Short or reusable passwords of the accounts that administer systems holding personal data weaken their ongoing confidentiality.
package evident.checks.terraform.iam_password_policy_weak

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

minimum_length := 14

minimum_reuse := 24

deny contains f if {
	some policy in terraform.resources("aws_iam_account_password_policy")
	length := terraform.number(policy.config.minimum_password_length)
	length < minimum_length
	f := finding.at(policy, ["config", "minimum_password_length"], length_message(policy, length))
}

deny contains f if {
	some policy in terraform.resources("aws_iam_account_password_policy")
	values.absent_or_null(policy.config, "minimum_password_length")
	f := finding.of(policy, finding.format("%s does not set minimum_password_length, so the provider's default of 6 characters applies; at least %d are expected", [policy.id, minimum_length]))
}

deny contains f if {
	some policy in terraform.resources("aws_iam_account_password_policy")
	reuse := terraform.number(policy.config.password_reuse_prevention)
	reuse < minimum_reuse
	f := finding.at(policy, ["config", "password_reuse_prevention"], reuse_message(policy, reuse))
}

deny contains f if {
	some policy in terraform.resources("aws_iam_account_password_policy")
	values.absent_or_null(policy.config, "password_reuse_prevention")
	f := finding.of(policy, finding.format("%s does not set password_reuse_prevention, so AWS's default of 0 applies and users may reuse any previous password; at least the last %d should be blocked", [policy.id, minimum_reuse]))
}

length_message(policy, 0) := finding.format("%s sets minimum_password_length to 0, which the provider does not send, so the default of 6 characters applies; at least %d are expected", [policy.id, minimum_length])

length_message(policy, length) := finding.format("%s sets minimum_password_length to %d; at least %d characters are expected", [policy.id, length, minimum_length]) if length != 0

reuse_message(policy, 0) := finding.format("%s sets password_reuse_prevention to 0, so users may reuse any previous password; at least the last %d should be blocked", [policy.id, minimum_reuse])

reuse_message(policy, reuse) := finding.format("%s sets password_reuse_prevention to %d; at least the last %d passwords should be blocked from reuse", [policy.id, reuse, minimum_reuse]) if reuse != 0
