# METADATA
# title: Lambda function has a literal secret in its environment variables
# description: >-
#   An aws_lambda_function sets, in environment { variables = { … } }, a
#   variable whose name says it holds a credential (PASSWORD, SECRET, TOKEN,
#   API_KEY, PRIVATE_KEY, ACCESS_KEY, CREDENTIALS…), or whose value is a
#   connection string with an embedded password (scheme://user:password@host),
#   to a literal string; or a variable of any name whose value contains an AWS
#   access key ID (AKIA… or ASIA… and 16 upper-case letters or digits, found
#   as EVD-TF-179 finds one in user data: AWS_ACCESS_KEY_ID ends in _ID, which
#   the name test leaves out). The secret is committed with the code, kept in
#   the state and returned to every principal allowed
#   lambda:GetFunctionConfiguration; kms_key_arn encrypts the variables at
#   rest only. A value from a variable with a default or a tfvars assignment,
#   or from a local, is read as the parser resolves it. Names and values are
#   read as EVD-TF-070 reads an ECS container's environment
#   (policies/lib/env.rego). Names are read in any of their usual forms:
#   DB_PASSWORD, db.password, camelCase dbPassword (clientSecret, apiToken),
#   and dbpassword or DBPASSWORD written run together when the name ends in
#   PASSWORD, PASSWD, SECRET, TOKEN, CREDENTIALS or a compound key word such
#   as APIKEY or SECRETKEY (not in PASS, PWD or KEY, which end ordinary words
#   such as BYPASS, OLDPWD and HOTKEY; not NOPASSWD, a switch). Not reported:
#   values that are unknown (a resource attribute such as
#   aws_secretsmanager_secret.x.arn, a data source such as aws_ssm_parameter
#   or aws_secretsmanager_secret_version, a variable without value, an
#   interpolation of one); names of where a secret is rather than the secret
#   (…_ARN, …_ID, …_NAME, …_URL, …_ENDPOINT, …_FILE, …_PARAMETER, …_SSM…) and
#   settings about credentials (…_EXPIRE_MINUTES, …_ALGORITHM, …_BACKEND,
#   …_REGION, …_ISSUER…); placeholders (changeme, <your-key>, ${X}, {{x}},
#   ****, xxxx), switches, numbers, ARNs, paths (an SSM parameter name) and
#   secret-backend handles (ENC[…]); a password-named value shorter than four
#   characters, another credential-named value shorter than eight or without a
#   digit or mixed case; connection strings whose password is a placeholder
#   ({password}, %s, $DB_PASSWORD); a variables map the parser cannot resolve
#   as a whole (merge() with an unknown map, a variable without value) and
#   dynamic "environment" blocks (none of their variables is judged); a value
#   that comes from a secret-looking variable with a committed value (reported
#   by EVD-TF-057 at the variable); plan files (their values may have been
#   passed at plan time).
# related_resources:
#   - ref: https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html
#   - ref: https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_lambda.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_function#environment
# custom:
#   id: EVD-TF-202
#   severity: high
#   remediation: >-
#     Store the secret in Secrets Manager or SSM Parameter Store (SecureString)
#     and read it at runtime (the AWS Parameters and Secrets Lambda Extension or
#     the SDK) with the function's execution role, passing at most the secret's
#     ARN or the parameter's name in the environment. Give the function an
#     execution role instead of access keys. Rotate the exposed secret.
#   selector:
#     input: terraform
#     resources: [aws_lambda_function]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.312(d)", "164.308(a)(5)(ii)(D)"]
#     gdpr: ["Art.32(1)(b)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: A credential readable by everyone with access to the code, the state or the function's configuration breaks access control and person-or-entity authentication.
#     gdpr: Leaked credentials to systems holding personal data undermine the confidentiality of processing systems.
package evident.checks.terraform.lambda_secret_in_environment

import data.evident.lib.aws
import data.evident.lib.env
import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	not input.format == "plan"
	some fn in terraform.resources("aws_lambda_function")
	some i, environment in terraform.blocks(fn.config, "environment")
	variables := environment.variables
	values.known_object(variables)
	some name, value in variables
	aws.literal_secret(value)
	reason := env.variable_secret(name, value)
	not value in aws.committed_secret_values
	f := finding.secret_at(
		fn,
		["config", "environment", i, "variables", name],
		finding.format("%s sets %s %s as a literal environment value", [fn.id, name, reason]),
	)
}
