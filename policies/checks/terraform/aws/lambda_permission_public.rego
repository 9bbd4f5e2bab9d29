# METADATA
# title: Lambda permission lets anyone invoke the function
# description: >-
#   An aws_lambda_permission grants principal "*" with no source_arn,
#   source_account or principal_org_id to narrow it, so any AWS account (or,
#   for a function URL with authorization NONE, anyone on the internet) can
#   invoke the function and receive whatever it returns. A permission whose
#   narrowing arguments are set, even to values not known here, is not
#   reported, nor is a principal that is not known.
# related_resources:
#   - ref: https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html
# custom:
#   id: EVD-TF-064
#   severity: high
#   remediation: >-
#     Name the service or account that invokes the function, and set
#     source_arn (and source_account for S3) to the resource that triggers
#     it; put function URLs behind AWS_IAM authorization.
#   selector:
#     input: terraform
#     resources: [aws_lambda_permission]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(C)", "164.312(d)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: Only authorized persons and programs may reach ePHI; a function anyone can invoke answers anyone.
#     gdpr: Data protection by default means personal data is not made accessible to an indefinite number of people.
package evident.checks.terraform.lambda_permission_public

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

narrowing := ["source_arn", "source_account", "principal_org_id"]

deny contains f if {
	some permission in terraform.resources("aws_lambda_permission")
	permission.config.principal == "*"
	not narrowed(permission.config)
	f := finding.at(permission, ["config", "principal"], finding.format("%s lets any principal invoke the function (principal \"*\" without source_arn, source_account or principal_org_id)", [permission.id]))
}

narrowed(cfg) if {
	some key in narrowing
	values.present(cfg, key)
}
