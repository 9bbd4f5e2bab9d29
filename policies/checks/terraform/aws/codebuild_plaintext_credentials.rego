# METADATA
# title: CodeBuild project has a credential in a plaintext environment variable
# description: >-
#   An environment_variable of an aws_codebuild_project's environment block
#   has type PLAINTEXT (written, or left out: PLAINTEXT is the default) and a
#   literal value that is a credential: AWS_ACCESS_KEY_ID,
#   AWS_SECRET_ACCESS_KEY or AWS_SESSION_TOKEN, or any variable whose name
#   says it holds a credential (PASSWORD, SECRET, TOKEN, API_KEY, PRIVATE_KEY,
#   ACCESS_KEY, CREDENTIALS…), whose value is a connection string with an
#   embedded password (scheme://user:password@host), or whose value contains
#   an AWS access key ID (AKIA… or ASIA… and 16 upper-case letters or
#   digits). A plaintext value is committed with the code, kept in the state,
#   shown in the console and returned to every principal allowed
#   codebuild:BatchGetProjects; long-term AWS keys in a build also bypass the
#   project's service role. Names and values are read as EVD-TF-202 reads a
#   Lambda function's environment (policies/lib/env.rego), and
#   AWS_ACCESS_KEY_ID, whose name ends in _ID, by its name too (as AWS Config's
#   codebuild-project-envvar-awscred-check does). Not reported: types
#   PARAMETER_STORE and SECRETS_MANAGER (the value is the parameter's or
#   secret's name, the remedy) and an unknown type; values that are unknown
#   (a resource attribute, a data source, a variable without value, an
#   interpolation of one); names of where a secret is rather than the secret
#   (…_ARN, …_NAME, …_PARAMETER…) and settings about credentials;
#   placeholders (changeme, <your-key>, ${X}, {{x}}, ****, xxxx), switches,
#   numbers, ARNs and paths; a password-named value shorter than four
#   characters, another credential-named value shorter than eight or without
#   a digit or mixed case; dynamic "environment_variable" blocks; a value that
#   comes from a secret-looking variable with a committed value (reported by
#   EVD-TF-057 at the variable); plan files (their values may have been
#   passed at plan time).
# related_resources:
#   - ref: https://docs.aws.amazon.com/codebuild/latest/APIReference/API_EnvironmentVariable.html
#   - ref: https://docs.aws.amazon.com/config/latest/developerguide/codebuild-project-envvar-awscred-check.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/codebuild_project#environment_variable
# custom:
#   id: EVD-TF-229
#   severity: high
#   remediation: >-
#     Store the secret in Secrets Manager or SSM Parameter Store (SecureString)
#     and reference it with environment_variable { name = "DB_PASSWORD", type =
#     "SECRETS_MANAGER", value = "<secret name or ARN>:<json key>" } (or type =
#     "PARAMETER_STORE", value = "<parameter name>"), granting the project's
#     service role read access. Do not pass AWS access keys: give the project a
#     service_role with the permissions the build needs. Rotate the exposed
#     credential.
#   selector:
#     input: terraform
#     resources: [aws_codebuild_project]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.312(d)", "164.308(a)(3)(i)", "164.308(a)(5)(ii)(D)"]
#     gdpr: ["Art.32(1)(b)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: A credential readable by everyone with access to the code, the state or the build project gives access to ePHI systems outside the access granted to each workforce member, breaking access control and person-or-entity authentication.
#     gdpr: Leaked credentials to systems holding personal data undermine the confidentiality of processing systems.
package evident.checks.terraform.codebuild_plaintext_credentials

import data.evident.lib.aws
import data.evident.lib.env
import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	not input.format == "plan"
	some project in terraform.resources("aws_codebuild_project")
	some i, environment in terraform.blocks(project.config, "environment")
	some j, variable in terraform.blocks(environment, "environment_variable")
	plaintext(variable)
	name := variable.name
	is_string(name)
	value := variable.value
	aws.literal_secret(value)
	reason := env.variable_secret_or_key_id(name, value)
	not value in aws.committed_secret_values
	path := array.concat(
		array.concat(["config"], terraform.block_path(project.config, "environment", i)),
		array.concat(terraform.block_path(environment, "environment_variable", j), ["value"]),
	)
	f := finding.secret_at(project, path, finding.format("%s sets %s %s as a plaintext environment variable", [project.id, name, reason]))
}

# plaintext(variable): the variable's type is PLAINTEXT, written or by default.
plaintext(variable) if values.absent_or_null(variable, "type")

plaintext(variable) if variable.type == "PLAINTEXT"
