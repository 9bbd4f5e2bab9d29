# METADATA
# title: Secret parameter has a default value in the template
# description: >-
#   A template parameter whose name says it holds a credential (password,
#   secret, token, API key, private key) declares a literal Default. The
#   secret is then committed with the template, readable by everyone with
#   access to the repository, and used by every stack that does not override
#   it. Parameters of SSM types (whose default names a parameter, not a value),
#   parameters with AllowedValues (the default is one of the values the
#   template lists), defaults that are dynamic references ({{resolve:…}})
#   and placeholder defaults are not reported: a value written to be
#   replaced (None, changeme, TODO, <your-token>, ${Token}, xxxx, ****), a
#   pointer to where the secret lives (an ARN, an absolute path such as an
#   SSM parameter name), a switch (true, no), judged as EVD-CFN-031 judges
#   environment values (the lib/env placeholder test). A default made only
#   of digits is still reported: it is a (weak) password or PIN.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/security-best-practices.html#creds
# custom:
#   id: EVD-CFN-029
#   severity: high
#   remediation: >-
#     Remove the Default and pass the value at deploy time, or better, store the
#     secret in Secrets Manager and use a {{resolve:secretsmanager:…}} dynamic
#     reference (or ManageMasterUserPassword for RDS). Rotate the exposed secret.
#   selector:
#     input: cloudformation
#   controls:
#     hipaa: ["164.312(a)(1)", "164.312(d)", "164.308(a)(5)(ii)(D)"]
#     gdpr: ["Art.32(1)(b)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: A credential readable by everyone with access to the template breaks access control and person-or-entity authentication, and password management requires safeguarding it.
#     gdpr: Leaked credentials to systems holding personal data undermine the confidentiality of processing systems.
package evident.checks.cloudformation.parameter_secret_default

import data.evident.lib.cloudformation as cfn
import data.evident.lib.env
import data.evident.lib.finding

deny contains f if {
	some parameter in cfn.parameters
	cfn.secret_parameter(parameter)
	parameter.hasDefault
	cfn.literal_secret(parameter.default)
	not placeholder(parameter.default)
	f := finding.secret_at(parameter, ["default"], finding.format("parameter %s has a literal Default (a secret by its name committed with the template)", [parameter.id]))
}

# placeholder(v): a default that is not a credential, as environment values are judged
# (env.placeholder: None, changeme, <…>, ${X}, xxxx, an ARN, an absolute path…), except a
# number: under a secret's name, digits are a PIN or a weak password.
placeholder(v) if {
	env.placeholder(v)
	not regex.match(`^[0-9]+$`, trim_space(v))
}
