# METADATA
# title: Secret-looking Terraform variable has a committed value
# description: >-
#   A variable whose name suggests a credential (password, secret, token,
#   api_key, private_key, access_key…) has a literal default, or is assigned a
#   literal in terraform.tfvars / *.auto.tfvars, which Terraform loads
#   automatically and which are usually committed. The secret is then in the
#   repository and its history. sensitive = true only hides the value in plan
#   output; it does not keep it out of the code.
# related_resources:
#   - ref: https://developer.hashicorp.com/terraform/tutorials/configuration-language/sensitive-variables
# custom:
#   id: EVD-TF-057
#   severity: high
#   remediation: >-
#     Remove the value from the code and rotate it; pass it at apply time
#     (TF_VAR_<name>, a secrets manager data source, or ephemeral values) and
#     keep *.tfvars with secrets out of version control.
#   selector:
#     input: terraform
#   controls:
#     hipaa: ["164.312(d)", "164.308(a)(5)(ii)(D)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: Credentials in source code defeat person or entity authentication and password management.
#     gdpr: Leaked credentials compromise the confidentiality of the systems holding personal data.
package evident.checks.terraform.secret_variable_committed

import data.evident.lib.aws
import data.evident.lib.finding

deny contains f if {
	some variable in input.variables
	aws.secret_name(variable.name)
	aws.literal_secret(variable.default)
	f := finding.secret_at(variable, ["default"], finding.format("%s looks like a secret and has a literal default", [variable.id]))
}

deny contains f if {
	some assignment in input.tfvars
	aws.secret_name(assignment.name)
	aws.literal_secret(assignment.value)
	f := finding.secret_at(assignment, ["value"], finding.format("%s assigns a literal value to the secret-looking variable %s", [assignment.file, assignment.name]))
}
