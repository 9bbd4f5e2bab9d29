# METADATA
# title: ECS task definition has a literal secret in a container's environment
# description: >-
#   A container of an aws_ecs_task_definition (container_definitions written
#   with jsonencode() or as literal JSON) has an `environment` entry whose
#   name says it holds a credential (PASSWORD, SECRET, TOKEN, API_KEY,
#   PRIVATE_KEY, ACCESS_KEY, CREDENTIALS…), or whose value is a connection
#   string with an embedded password (scheme://user:password@host), set to a
#   literal string. The secret is committed with the code, kept in the state,
#   and readable by every principal allowed ecs:DescribeTaskDefinition. Names
#   are read in any of their usual forms: DB_PASSWORD, db.password, camelCase
#   dbPassword (clientSecret, apiToken), and dbpassword or DBPASSWORD written
#   run together when the name ends in PASSWORD, PASSWD, SECRET, TOKEN,
#   CREDENTIALS or a compound key word such as APIKEY or SECRETKEY (not in
#   PASS, PWD or KEY, which end ordinary words such as BYPASS, OLDPWD and
#   HOTKEY; not NOPASSWD, a switch). Not reported: the container's `secrets`
#   (valueFrom a Secrets Manager secret or SSM parameter, the remedy); values
#   that are unknown (a resource attribute, a variable without value, a data
#   source); names of where a secret is rather than the secret (…_ARN, …_ID,
#   …_NAME, …_URL, …_ENDPOINT, …_FILE, …_PARAMETER…) and settings about
#   credentials (…_EXPIRE_MINUTES, …_ALGORITHM, …_BACKEND, …_REGION,
#   …_ISSUER…); placeholders (changeme, <your-key>, ${X}, {{x}}, ****, xxxx),
#   switches, numbers, ARNs, paths and secret-backend handles (ENC[…]); a
#   password-named value shorter than four characters, another
#   credential-named value shorter than eight or without a digit or mixed
#   case; connection strings whose password is a placeholder ({password}, %s,
#   $DB_PASSWORD), read by policies/lib/env.rego as the compose and .env
#   parsers read them; container definitions the parser cannot resolve (a
#   file() or templatefile() it cannot read, a heredoc interpolating unknown
#   values: none of their containers is judged); a value that comes from a
#   secret-looking variable with a committed value (reported by EVD-TF-057 at
#   the variable); plan files (their values may have been passed at plan
#   time).
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/taskdef-envfiles.html
#   - ref: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html
# custom:
#   id: EVD-TF-070
#   severity: high
#   remediation: >-
#     Store the secret in Secrets Manager or SSM Parameter Store (SecureString)
#     and pass it with the container's `secrets` ({name, valueFrom = <secret or
#     parameter ARN>}), granting the task execution role read access to it.
#     Rotate the exposed secret.
#   selector:
#     input: terraform
#     resources: [aws_ecs_task_definition]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.312(d)", "164.308(a)(5)(ii)(D)"]
#     gdpr: ["Art.32(1)(b)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: A credential readable by everyone with access to the code, the state or the task definition breaks access control and person-or-entity authentication.
#     gdpr: Leaked credentials to systems holding personal data undermine the confidentiality of processing systems.
package evident.checks.terraform.ecs_task_secret_in_environment

import data.evident.lib.aws
import data.evident.lib.env
import data.evident.lib.finding
import data.evident.lib.terraform

deny contains f if {
	not input.format == "plan"
	some task in terraform.resources("aws_ecs_task_definition")
	some i, container in aws.ecs_container_definitions(task.config.container_definitions)
	environment := container.environment
	is_array(environment)
	some j, variable in environment
	name := variable.name
	is_string(name)
	value := variable.value
	aws.literal_secret(value)
	reason := env.secret_reason(name, value)
	not value in aws.committed_secret_values
	f := finding.secret_at(
		task,
		["config", "container_definitions", i, "environment", j, "value"],
		finding.format("%s of %s sets %s %s as a literal environment value", [aws.ecs_container_label(container, i), task.id, name, reason]),
	)
}
