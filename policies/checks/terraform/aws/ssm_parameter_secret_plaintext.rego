# METADATA
# title: Secret-looking SSM parameter is not a SecureString
# description: >-
#   An aws_ssm_parameter whose name suggests a credential (password, secret,
#   token, api_key, private_key…) has type String or StringList. Such
#   parameters are stored and returned unencrypted, are readable by anyone
#   allowed ssm:GetParameter, and appear in clear text in the Terraform state
#   and in the console.
# related_resources:
#   - ref: https://docs.aws.amazon.com/systems-manager/latest/userguide/sysman-paramstore-securestring.html
# custom:
#   id: EVD-TF-023
#   severity: high
#   remediation: >-
#     Set type = "SecureString" (with key_id for a customer-managed key), or keep
#     the credential in Secrets Manager.
#   selector:
#     input: terraform
#     resources: [aws_ssm_parameter]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)", "164.312(d)"]
#     gdpr: ["Art.32(1)(a)", "Art.32(1)(b)"]
#   rationale:
#     hipaa: Credentials that authenticate access to ePHI systems must not be stored in clear text.
#     gdpr: Protecting the credentials of personal-data systems is part of their ongoing confidentiality.
package evident.checks.terraform.ssm_parameter_secret_plaintext

import data.evident.lib.aws
import data.evident.lib.finding
import data.evident.lib.terraform

deny contains f if {
	some param in terraform.resources("aws_ssm_parameter")
	param.config.type in {"String", "StringList"}
	aws.secret_name(parameter_name(param))
	f := finding.at(param, ["config", "type"], finding.format("%s looks like a secret (%s) but has type %s instead of SecureString", [param.id, parameter_name(param), param.config.type]))
}

# The parameter's own name when known (e.g. /prod/db/password), else the resource name.
parameter_name(param) := param.config.name if is_string(param.config.name)

else := param.name
