# METADATA
# title: Lambda function has a literal secret in its environment variables
# description: >-
#   An AWS::Lambda::Function or AWS::Serverless::Function (or the SAM Globals
#   Function section) sets an environment variable whose name says it holds a
#   credential, or whose value is a connection string with an embedded
#   password or contains an AWS access key ID (AKIA… or ASIA… and 16
#   upper-case letters or digits, read as EVD-CFN-047 reads user data; the
#   value is reported whatever the variable is called), to a literal value.
#   The secret is committed with the template and shown to everyone who can
#   read the function's configuration. Names and values are judged as for ECS
#   task definitions (EVD-CFN-046) and Terraform (EVD-TF-070, EVD-TF-202):
#   placeholders (changeme, <…>, ****), very short values and names that say
#   where a secret is (…_ARN, …_NAME) are not reported, nor are values from
#   parameters without a default, dynamic references ({{resolve:…}}) and
#   references to resources. Names are read in any of their usual forms:
#   DB_PASSWORD, db.password, camelCase dbPassword (clientSecret, apiToken),
#   and dbpassword or DBPASSWORD written run together when the name ends in
#   PASSWORD, PASSWD, SECRET, TOKEN, CREDENTIALS or a compound key word such
#   as APIKEY or SECRETKEY (not in PASS, PWD or KEY, which end ordinary words
#   such as BYPASS, OLDPWD and HOTKEY; not NOPASSWD, a switch).
# related_resources:
#   - ref: https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-encryption
# custom:
#   id: EVD-CFN-031
#   severity: high
#   remediation: >-
#     Store the secret in Secrets Manager or SSM Parameter Store (SecureString)
#     and read it at runtime (the Parameters and Secrets Lambda extension), or
#     pass only its ARN in the environment. Rotate the exposed secret.
#   selector:
#     input: cloudformation
#     resources: [AWS::Lambda::Function, AWS::Serverless::Function]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.312(d)", "164.308(a)(5)(ii)(D)"]
#     gdpr: ["Art.32(1)(b)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: A credential readable by everyone with access to the template or function configuration breaks access control and person-or-entity authentication.
#     gdpr: Leaked credentials to systems holding personal data undermine the confidentiality of processing systems.
package evident.checks.cloudformation.function_env_literal_secret

import data.evident.lib.cloudformation as cfn
import data.evident.lib.env
import data.evident.lib.finding

# holders: functions and the SAM Globals Function section. An array, not a set:
# a set would hash every whole resource.
holders := array.concat(
	[fn | some fn in cfn.resources_of(["AWS::Lambda::Function", "AWS::Serverless::Function"])],
	[g | g := cfn.globals("Function")],
)

deny contains f if {
	some holder in holders
	variables := holder.properties.Environment.Variables
	is_object(variables)
	some name, value in variables
	cfn.literal_secret(value)
	reason := env.variable_secret(name, value)
	f := finding.secret_at(holder, ["properties", "Environment", "Variables", name], finding.format("%s sets %s %s as a literal environment value", [cfn.function_label(holder), name, reason]))
}
