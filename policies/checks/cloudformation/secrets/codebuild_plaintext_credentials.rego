# METADATA
# title: CodeBuild project has a credential in a plaintext environment variable
# description: >-
#   An entry of an AWS::CodeBuild::Project's Environment.EnvironmentVariables
#   has Type PLAINTEXT (written, or left out: PLAINTEXT is the default) and a
#   literal Value that is a credential: AWS_ACCESS_KEY_ID,
#   AWS_SECRET_ACCESS_KEY or AWS_SESSION_TOKEN, or any variable whose Name
#   says it holds a credential (PASSWORD, SECRET, TOKEN, API_KEY, PRIVATE_KEY,
#   ACCESS_KEY, CREDENTIALS…), whose Value is a connection string with an
#   embedded password (scheme://user:password@host), or whose Value contains
#   an AWS access key ID (AKIA… or ASIA… and 16 upper-case letters or
#   digits). A plaintext value is committed with the template, shown in the
#   console and returned to every principal allowed
#   codebuild:BatchGetProjects; long-term AWS keys in a build also bypass the
#   project's service role. Names and values are read as EVD-CFN-031 reads a
#   Lambda function's environment (policies/lib/env.rego), and
#   AWS_ACCESS_KEY_ID, whose name ends in _ID, by its name too (as AWS
#   Config's codebuild-project-envvar-awscred-check does). As for Lambda, a
#   Ref to a parameter takes the parameter's Default, so a literal secret
#   Default used here is reported here too (and by EVD-CFN-029 at the
#   parameter). Not reported: Types PARAMETER_STORE and SECRETS_MANAGER (the
#   Value is the parameter's or secret's name, the remedy) and an unknown
#   Type; values from a parameter without a default, dynamic references
#   ({{resolve:…}}), references to resources and other unresolved
#   intrinsics; names of where a secret is rather than the secret (…Arn,
#   …Name, …Parameter…) and settings about credentials; placeholders
#   (changeme, <your-key>, ${X}, {{x}}, ****, xxxx), switches, numbers, ARNs
#   and paths; a password-named value shorter than four characters, another
#   credential-named value shorter than eight or without a digit or mixed
#   case.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-codebuild-project-environmentvariable.html
#   - ref: https://docs.aws.amazon.com/config/latest/developerguide/codebuild-project-envvar-awscred-check.html
# custom:
#   id: EVD-CFN-093
#   severity: high
#   remediation: >-
#     Store the secret in Secrets Manager or SSM Parameter Store (SecureString)
#     and reference it with {Name: DB_PASSWORD, Type: SECRETS_MANAGER, Value:
#     "<secret name or ARN>:<json key>"} (or Type: PARAMETER_STORE, Value:
#     <parameter name>), granting the project's ServiceRole read access. Do
#     not pass AWS access keys: give the project a ServiceRole with the
#     permissions the build needs. Rotate the exposed credential.
#   selector:
#     input: cloudformation
#     resources: [AWS::CodeBuild::Project]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.312(d)", "164.308(a)(3)(i)", "164.308(a)(5)(ii)(D)"]
#     gdpr: ["Art.32(1)(b)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: A credential readable by everyone with access to the template or the build project gives access to ePHI systems outside the access granted to each workforce member, breaking access control and person-or-entity authentication.
#     gdpr: Leaked credentials to systems holding personal data undermine the confidentiality of processing systems.
package evident.checks.cloudformation.codebuild_plaintext_credentials

import data.evident.lib.cloudformation as cfn
import data.evident.lib.env
import data.evident.lib.finding
import data.evident.lib.values

deny contains f if {
	some project in cfn.resources("AWS::CodeBuild::Project")
	environment := project.properties.Environment
	is_object(environment)
	some j, variable in cfn.as_list(object.get(environment, "EnvironmentVariables", []))
	is_object(variable)
	plaintext(variable)
	name := variable.Name
	is_string(name)
	value := variable.Value
	cfn.literal_secret(value)
	reason := env.variable_secret_or_key_id(name, value)
	f := finding.secret_at(
		project,
		["properties", "Environment", "EnvironmentVariables", j, "Value"],
		finding.format("%s sets %s %s as a plaintext environment variable", [project.id, name, reason]),
	)
}

# plaintext(variable): the variable's Type is PLAINTEXT, written or by default.
plaintext(variable) if values.absent_or_null(variable, "Type")

plaintext(variable) if variable.Type == "PLAINTEXT"
