# METADATA
# title: ECS task definition has a literal secret in a container's environment
# description: >-
#   A container of an AWS::ECS::TaskDefinition
#   (ContainerDefinitions[].Environment[]) sets a variable whose Name says it
#   holds a credential (PASSWORD, SECRET, TOKEN, API_KEY, PRIVATE_KEY,
#   ACCESS_KEY, CREDENTIALS…), or whose Value is a connection string with an
#   embedded password (scheme://user:password@host), to a literal Value. The
#   secret is committed with the template and readable by every principal
#   allowed ecs:DescribeTaskDefinition. As for Lambda (EVD-CFN-031), a Ref to
#   a parameter takes the parameter's Default, so a literal secret Default
#   used here is reported here too (and by EVD-CFN-029 at the parameter).
#   Names are read in any of their usual forms: DB_PASSWORD, db.password,
#   camelCase dbPassword (clientSecret, apiToken), and dbpassword or
#   DBPASSWORD written run together when the name ends in PASSWORD, PASSWD,
#   SECRET, TOKEN, CREDENTIALS or a compound key word such as APIKEY or
#   SECRETKEY (not in PASS, PWD or KEY, which end ordinary words such as
#   BYPASS, OLDPWD and HOTKEY; not NOPASSWD, a switch). Not reported: the
#   container's Secrets (ValueFrom a Secrets Manager secret or SSM parameter,
#   the remedy); values from a parameter without a default, dynamic references
#   ({{resolve:…}}), references to resources and other unresolved intrinsics;
#   names of where a secret is rather than the secret (…Arn, …Id, …Name, …Url,
#   …Endpoint, …File, …Parameter…) and settings about credentials
#   (…_EXPIRE_MINUTES, …_ALGORITHM, …_BACKEND, …_REGION, …_ISSUER…);
#   placeholders (changeme, <your-key>, ${X}, {{x}}, ****, xxxx), switches,
#   numbers, ARNs, paths and secret-backend handles (ENC[…]); a password-named
#   value shorter than four characters, another credential-named value shorter
#   than eight or without a digit or mixed case; connection strings whose
#   password is a placeholder ({password}, %s, $DB_PASSWORD). The reading is
#   policies/lib/env.rego, the same as the compose and .env parsers'.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/taskdef-envfiles.html
#   - ref: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html
# custom:
#   id: EVD-CFN-046
#   severity: high
#   remediation: >-
#     Store the secret in Secrets Manager or SSM Parameter Store (SecureString)
#     and pass it with the container's Secrets ({Name, ValueFrom: <secret or
#     parameter ARN>}), granting the task execution role read access to it.
#     Rotate the exposed secret.
#   selector:
#     input: cloudformation
#     resources: [AWS::ECS::TaskDefinition]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.312(d)", "164.308(a)(5)(ii)(D)"]
#     gdpr: ["Art.32(1)(b)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: A credential readable by everyone with access to the template or the task definition breaks access control and person-or-entity authentication.
#     gdpr: Leaked credentials to systems holding personal data undermine the confidentiality of processing systems.
package evident.checks.cloudformation.ecs_task_secret_in_environment

import data.evident.lib.cloudformation as cfn
import data.evident.lib.env
import data.evident.lib.finding

deny contains f if {
	some task in cfn.resources("AWS::ECS::TaskDefinition")
	some i, container in cfn.as_list(object.get(task.properties, "ContainerDefinitions", []))
	some j, variable in cfn.as_list(object.get(container, "Environment", []))
	name := variable.Name
	is_string(name)
	value := variable.Value
	cfn.literal_secret(value)
	reason := env.secret_reason(name, value)
	f := finding.secret_at(
		task,
		["properties", "ContainerDefinitions", i, "Environment", j, "Value"],
		finding.format("%s of %s sets %s %s as a literal environment value", [cfn.ecs_container_label(container, i), task.id, name, reason]),
	)
}
