# METADATA
# title: AWS provider has credentials written in the code
# description: >-
#   A provider "aws" block sets access_key, secret_key or token to a literal
#   value. The keys are then in the repository, its history and every clone,
#   and grant whatever the IAM user can do, often full access to the data.
#   Values from variables without a committed value, environment variables or
#   a profile are not reported.
# related_resources:
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs#authentication-and-configuration
# custom:
#   id: EVD-TF-056
#   severity: critical
#   remediation: >-
#     Remove the keys from the code and rotate them now; authenticate with
#     environment variables, a shared profile, SSO or an assumed role (OIDC in
#     CI).
#   selector:
#     input: terraform
#   controls:
#     hipaa: ["164.312(d)", "164.312(a)(1)", "164.308(a)(5)(ii)(D)"]
#     gdpr: ["Art.32(1)(b)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: Credentials in source code defeat person or entity authentication and password management.
#     gdpr: Leaked cloud credentials compromise the confidentiality of every system holding personal data.
package evident.checks.terraform.aws_provider_static_credentials

import data.evident.lib.aws
import data.evident.lib.finding

deny contains f if {
	some provider in input.providers
	provider.name == "aws"
	some key in ["access_key", "secret_key", "token"]
	aws.literal_secret(provider.config[key])
	f := finding.secret_at(provider, ["config", key], finding.format("%s sets a literal %s (credentials committed to the code)", [provider.id, key]))
}
