# METADATA
# title: Lambda permission lets an AWS service invoke the function from any account
# description: >-
#   An aws_lambda_permission grants an AWS service principal (s3.amazonaws.com,
#   sns.amazonaws.com, events.amazonaws.com, …) the right to invoke the
#   function without source_arn or source_account. The service then invokes it
#   on behalf of any resource of that service, in any AWS account: anyone who
#   creates a bucket, topic or rule elsewhere can point it at the function and
#   feed it events, or read what it returns to the service (the confused-deputy
#   problem). A permission whose source_arn or source_account is set, even to a
#   value not known here, and a principal that is not known are not reported;
#   principal "*" is EVD-TF-064's.
# related_resources:
#   - ref: https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html
#   - ref: https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html
# custom:
#   id: EVD-TF-236
#   severity: medium
#   remediation: >-
#     Set source_arn to the resource that triggers the function (the bucket,
#     topic or rule), and source_account to the account that owns it (for S3,
#     whose bucket ARNs name no account).
#   selector:
#     input: terraform
#     resources: [aws_lambda_permission]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(C)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: Access to functions that handle ePHI must be limited to the programs granted it; a service permission without a source grants it to every account's resources.
#     gdpr: Data protection by default keeps processing of personal data from being triggered by parties outside the controller's own systems.
package evident.checks.terraform.lambda_permission_service_unscoped

import data.evident.lib.aws
import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some permission in terraform.resources("aws_lambda_permission")
	principal := permission.config.principal
	is_string(principal)
	aws.service_principal(principal)
	not scoped(permission.config)
	f := finding.at(permission, ["config", "principal"], finding.format("%s lets %s invoke the function on behalf of any AWS account's resources (no source_arn or source_account)", [permission.id, principal]))
}

scoped(cfg) if {
	some key in ["source_arn", "source_account"]
	values.present(cfg, key)
}
