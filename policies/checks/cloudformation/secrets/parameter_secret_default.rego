# METADATA
# title: Secret parameter has a default value in the template
# description: >-
#   A template parameter whose name says it holds a credential (password,
#   secret, token, API key, private key) declares a literal Default. The
#   secret is then committed with the template, readable by everyone with
#   access to the repository, and used by every stack that does not override
#   it. Parameters of SSM types (whose default names a parameter, not a value),
#   parameters with AllowedValues (the default is one of the values the
#   template lists) and defaults that are dynamic references ({{resolve:…}})
#   are not reported.
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
import data.evident.lib.finding

deny contains f if {
	some parameter in cfn.parameters
	cfn.secret_parameter(parameter)
	parameter.hasDefault
	cfn.literal_secret(parameter.default)
	f := finding.secret_at(parameter, ["default"], finding.format("parameter %s has a literal Default (a secret by its name committed with the template)", [parameter.id]))
}
