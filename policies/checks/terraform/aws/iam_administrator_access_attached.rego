# METADATA
# title: AdministratorAccess managed policy is attached
# description: >-
#   The AWS managed policy AdministratorAccess is attached to a role, user or
#   group (aws_iam_role_policy_attachment, aws_iam_user_policy_attachment,
#   aws_iam_group_policy_attachment, aws_iam_policy_attachment, or
#   managed_policy_arns of aws_iam_role). It grants every action on every
#   resource, including all data stores and keys. The policy is recognised by
#   its ARN, or as the arn of an aws_iam_policy data source of the module that
#   looks it up by that name or ARN (policy_arn =
#   data.aws_iam_policy.admin.arn).
# related_resources:
#   - ref: https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AdministratorAccess.html
# custom:
#   id: EVD-TF-040
#   severity: high
#   remediation: >-
#     Attach a policy limited to the actions and resources needed; keep
#     AdministratorAccess for a break-glass role assumed with MFA, outside
#     application code.
#   selector:
#     input: terraform
#     resources: [aws_iam_role_policy_attachment, aws_iam_user_policy_attachment, aws_iam_group_policy_attachment, aws_iam_policy_attachment, aws_iam_role]
#   controls:
#     hipaa: ["164.308(a)(4)(ii)(B)", "164.308(a)(3)(ii)(A)", "164.312(a)(1)"]
#     gdpr: ["Art.25(1)", "Art.32(1)(b)"]
#   rationale:
#     hipaa: Access to ePHI must be granted according to role; administrator access grants everything.
#     gdpr: Least privilege is part of data protection by design and of the confidentiality of processing.
package evident.checks.terraform.iam_administrator_access_attached

import data.evident.lib.finding
import data.evident.lib.iam
import data.evident.lib.terraform
import data.evident.lib.values

attachment_types := {"aws_iam_role_policy_attachment", "aws_iam_user_policy_attachment", "aws_iam_group_policy_attachment", "aws_iam_policy_attachment"}

deny contains f if {
	some attachment in terraform.resources_of(attachment_types)
	administrator_access(attachment.config.policy_arn)
	f := finding.at(attachment, ["config", "policy_arn"], finding.format("%s attaches the AdministratorAccess managed policy", [attachment.id]))
}

deny contains f if {
	some role in terraform.resources("aws_iam_role")
	some i, arn in role.config.managed_policy_arns
	administrator_access(arn)
	f := finding.at(role, ["config", "managed_policy_arns", i], finding.format("%s attaches the AdministratorAccess managed policy", [role.id]))
}

# administrator_access(v): v is the AdministratorAccess ARN, or exactly the arn
# of a data source that looks that policy up.
administrator_access(v) if iam.administrator_access_arn(v)

administrator_access(v) if {
	values.is_unknown(v)
	some id in administrator_lookups
	v.__unknown__ == concat("", [id, ".arn"])
}

# administrator_lookups: the aws_iam_policy data sources that look up AdministratorAccess.
administrator_lookups contains r.id if {
	some r in input.resources
	r.mode == "data"
	r.type == "aws_iam_policy"
	looks_up_administrator(r.config)
}

looks_up_administrator(cfg) if cfg.name == "AdministratorAccess"

looks_up_administrator(cfg) if iam.administrator_access_arn(cfg.arn)
