# METADATA
# title: Secret parameter is not NoEcho
# description: >-
#   A template parameter whose name says it holds a credential (password,
#   secret, token, API key, private key) does not set NoEcho: true.
#   CloudFormation then shows the value in plain text in the console, in
#   DescribeStacks output and in stack events, to everyone with read access to
#   the stack. Parameters of AWS-specific and SSM types are not reported, nor
#   parameters with AllowedValues (whose values are listed in the template:
#   MetadataTokens [optional, required] names a setting, not a token).
# related_resources:
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html#parameters-section-structure-properties
# custom:
#   id: EVD-CFN-030
#   severity: medium
#   remediation: >-
#     Set NoEcho: true on the parameter, or replace it with a
#     {{resolve:secretsmanager:…}} dynamic reference.
#   selector:
#     input: cloudformation
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(5)(ii)(D)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: Showing a credential to everyone who can describe the stack weakens access control, and password management requires safeguarding it.
#     gdpr: Credentials of systems that process personal data must stay confidential to keep those systems secure.
package evident.checks.cloudformation.parameter_secret_without_noecho

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding

deny contains f if {
	some parameter in cfn.parameters
	cfn.secret_parameter(parameter)
	not parameter.noEcho
	f := finding.of(parameter, finding.format("parameter %s looks like a secret but does not set NoEcho: true (its value is shown in the console and API)", [parameter.id]))
}
